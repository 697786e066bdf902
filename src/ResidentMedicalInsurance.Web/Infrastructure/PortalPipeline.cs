using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Localization;
using ResidentMedicalInsurance.Web.Components;

namespace ResidentMedicalInsurance.Web.Infrastructure;

/// <summary>The HTTP pipeline and endpoints, in order.</summary>
internal static class PortalPipeline
{
    public static void UsePortalPipeline(this WebApplication app)
    {
        app.UseExceptionHandler("/error", createScopeForErrors: true);
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/not-found");
        app.UsePortalRequestLogging();
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture("zh-CN"),
            SupportedCultures = PortalServices.Cultures,
            SupportedUICultures = PortalServices.Cultures,
            RequestCultureProviders = [new CookieRequestCultureProvider()],
        });

        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = HealthResponse.WriteAsync }).AllowAnonymous();
        app.MapAccountEndpoints();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
    }
}
