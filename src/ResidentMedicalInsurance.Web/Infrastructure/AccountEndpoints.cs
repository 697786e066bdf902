using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using ResidentMedicalInsurance.Infrastructure.Identity;

namespace ResidentMedicalInsurance.Web.Infrastructure;

/// <summary>Plain HTTP endpoints the interactive UI cannot do itself: sign-out and the language cookie.</summary>
internal static class AccountEndpoints
{
    public static void MapAccountEndpoints(this WebApplication app)
    {
        // A form POST with the antiforgery token (the logout form in the layout); GET is not accepted.
        app.MapPost("/account/logout", async (SignInManager<AppUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/account/login?signedOut=true");
        });

        app.MapGet("/culture/set", (string culture, string? redirectUri, HttpContext context) =>
        {
            if (culture is "zh-CN" or "en")
            {
                context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                    new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
            }

            var target = redirectUri is { Length: > 0 } && redirectUri.StartsWith('/') && !redirectUri.StartsWith("//", StringComparison.Ordinal)
                ? redirectUri
                : "/";
            return Results.LocalRedirect(target);
        }).AllowAnonymous();
    }
}
