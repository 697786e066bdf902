namespace ResidentMedicalInsurance.Web.Infrastructure;

/// <summary>
/// Serves <c>_framework/blazor.web.js</c> from the copy extracted at build time (see
/// docs/decisions/0002-blazor-client-script.md). With <c>UseExtractedBlazorScript=false</c> the
/// framework's own static asset serves it and this is compiled out.
/// </summary>
internal static class BlazorClientScript
{
    public static void MapExtractedBlazorScript(this WebApplication app)
    {
#if EXTRACTED_BLAZOR_SCRIPT
        var path = Path.Combine(AppContext.BaseDirectory, "blazor-client", "blazor.web.js");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                "blazor.web.js was not extracted at build time; rebuild the Web project (target ExtractBlazorClientScript).", path);
        }

        app.MapGet("/_framework/blazor.web.js", (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "no-cache";
            return Results.File(path, "text/javascript");
        }).AllowAnonymous().ExcludeFromDescription();
#else
        _ = app;
#endif
    }
}
