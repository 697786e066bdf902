using Microsoft.AspNetCore.Authorization;
using ResidentMedicalInsurance.Application.Security;

namespace ResidentMedicalInsurance.Web.Infrastructure.Security;

/// <summary>
/// A user signed in with a one-time password (claim <see cref="AppClaimTypes.MustChangePassword"/>) reaches
/// only 修改密码, sign-out and anonymous endpoints: every page that needs a signed-in user redirects to
/// <see cref="Path"/>, and the Blazor circuit (every interactive action) is refused. The claim goes away with
/// the new sign-in after the change (ADR 0048).
/// </summary>
internal static class MustChangePasswordGate
{
    public const string Path = "/account/password";

    public static IApplicationBuilder UseMustChangePasswordGate(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!context.User.HasClaim(c => c.Type == AppClaimTypes.MustChangePassword) || IsOpen(context))
        {
            await next(context);
            return;
        }

        if (HttpMethods.IsGet(context.Request.Method))
        {
            context.Response.Redirect(Path);
            return;
        }

        // A plain 403: not re-executed as the not-found page (which would answer a POST with 400).
        if (context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>() is { } pages)
        {
            pages.Enabled = false;
        }

        context.Response.StatusCode = StatusCodes.Status403Forbidden;
    });

    /// <summary>What a user with a one-time password may still reach.</summary>
    private static bool IsOpen(HttpContext context)
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments("/_blazor"))
        {
            return false;
        }

        if (path.Equals(Path, StringComparison.OrdinalIgnoreCase) || path.Equals("/account/logout", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var endpoint = context.GetEndpoint();
        return endpoint is null
            || endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null
            || endpoint.Metadata.GetMetadata<IAuthorizeData>() is null;
    }
}
