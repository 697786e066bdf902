using System.Globalization;
using System.Security.Claims;
using ResidentMedicalInsurance.Application.Security;
using Serilog;
using Serilog.Events;

namespace ResidentMedicalInsurance.Web.Infrastructure;

/// <summary>Serilog (Serilog.AspNetCore) to the console and a daily rolling file, and one line per HTTP request.</summary>
internal static class LoggingSetup
{
    private const string Template =
        "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj} {Properties:j}{NewLine}{Exception}";

    public static void AddPortalLogging(this WebApplicationBuilder builder)
    {
        builder.Host.UseSerilog((context, services, logger) =>
        {
            var filePath = context.Configuration["Logging:Files:Path"] ?? "logs/rmi-.log";
            if (!Path.IsPathRooted(filePath))
            {
                filePath = Path.Combine(context.HostingEnvironment.ContentRootPath, filePath);
            }

            logger
                .ReadFrom.Configuration(context.Configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext()
                .Enrich.WithProperty("Application", "ResidentMedicalInsurance")
                .WriteTo.Console(outputTemplate: Template, formatProvider: CultureInfo.InvariantCulture)
                .WriteTo.File(filePath, rollingInterval: RollingInterval.Day, retainedFileCountLimit: 31,
                    outputTemplate: Template, formatProvider: CultureInfo.InvariantCulture,
                    restrictedToMinimumLevel: LogEventLevel.Information);
        });
    }

    /// <summary>
    /// One log line per HTTP request with user, tenant, status and duration (the Blazor circuit's
    /// own work is logged per mediator request).
    /// </summary>
    public static void UsePortalRequestLogging(this WebApplication app)
    {
        app.UseSerilogRequestLogging(options =>
        {
            options.MessageTemplate =
                "HTTP {RequestMethod} {RequestPath} -> {StatusCode} in {Elapsed:0.0} ms (user {UserName}, tenant {TenantId})";
            options.EnrichDiagnosticContext = (diagnostics, http) =>
            {
                diagnostics.Set("UserName", http.User.Identity?.Name);
                diagnostics.Set("TenantId", http.User.FindFirstValue(AppClaimTypes.TenantId));
            };
        });
    }
}
