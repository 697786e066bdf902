using System.Globalization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Radzen;
using ResidentMedicalInsurance.Application;
using ResidentMedicalInsurance.Infrastructure;
using ResidentMedicalInsurance.Infrastructure.Jobs;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Web.Infrastructure.Security;

namespace ResidentMedicalInsurance.Web.Infrastructure;

/// <summary>Service registration of the portal: UI, identity, application, persistence.</summary>
internal static class PortalServices
{
    public static readonly CultureInfo[] Cultures = [new("zh-CN"), new("en")];

    public static void AddPortalServices(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddRadzenComponents();
        services.AddLocalization();
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, RevalidatingAuthenticationState>();
        services.AddScoped<UiMediator>();
        services.AddScoped<CircuitHandler, CircuitUser>();

        services.AddInfrastructure(builder.Configuration);
        services.AddApplication();
        services.AddJobEngine(builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions());

        services.AddPortalAuthentication(builder.Configuration);
        services.AddPortalSecurityHeaders();
        ReverseProxy.Configure(services, builder.Configuration);

        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database");
    }
}
