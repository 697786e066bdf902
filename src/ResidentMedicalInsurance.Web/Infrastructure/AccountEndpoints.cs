using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using ResidentMedicalInsurance.Web.Infrastructure.Security;

namespace ResidentMedicalInsurance.Web.Infrastructure;

/// <summary>Plain HTTP endpoints the interactive UI cannot do itself: sign-out and the language cookie.</summary>
internal static class AccountEndpoints
{
    public static void MapAccountEndpoints(this WebApplication app)
    {
        // A form POST with the antiforgery token (the logout form in the layout); GET is not accepted.
        // The endpoint binds no form, so it checks the token itself. A new security stamp kills every
        // copy of this session's cookie, not only the browser's.
        app.MapPost("/account/logout", async (HttpContext context, IAntiforgery antiforgery, SignInManager<AppUser> signIn) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return Results.BadRequest("请从页面上的“退出”按钮退出登录。Sign out with the page's Sign out button.");
            }

            if (await signIn.UserManager.GetUserAsync(context.User) is { } user)
            {
                await signIn.UserManager.UpdateSecurityStampAsync(user);
            }

            await signIn.SignOutAsync();
            return Results.LocalRedirect("/account/login?signedOut=true");
        });

        app.MapGet("/culture/set", (string culture, string? redirectUri, HttpContext context) =>
        {
            if (culture is "zh-CN" or "en")
            {
                context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                    new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = context.Request.IsHttps });
            }

            return Results.LocalRedirect(LocalUrl.OrHome(redirectUri));
        }).AllowAnonymous();
    }
}
