using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Localization;
using ResidentMedicalInsurance.Web.Components;
using ResidentMedicalInsurance.Web.Infrastructure.Security;

namespace ResidentMedicalInsurance.Web.Infrastructure;

/// <summary>The HTTP pipeline and endpoints, in order.</summary>
internal static class PortalPipeline
{
    public static void UsePortalPipeline(this WebApplication app)
    {
        app.UseForwardedHeaders(); // first: everything after sees the client's address and scheme
        app.UsePortalSecurityHeaders();
        app.UseExceptionHandler("/error", createScopeForErrors: true);
        if (app.Environment.IsProduction())
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

        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseMustChangePasswordGate();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = HealthResponse.WriteAsync }).AllowAnonymous();
        app.MapAccountEndpoints();
        app.MapTableDownloads();
        app.MapNoticeDownloads();
        app.MapPlanDownloads();
        app.MapWorklistDownloads();
        app.MapAccidentDownloads();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
    }
}
