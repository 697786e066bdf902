namespace ResidentMedicalInsurance.Web.Infrastructure.Security;

/// <summary>
/// The security headers of every response (pages, static files, endpoints), through
/// NetEscapades.AspNetCore.SecurityHeaders. Scripts come only from the portal itself; the one inline
/// script, Blazor's import map, carries the request's nonce (App.razor). Styles allow inline
/// <c>style</c> attributes, which Radzen's components render. HSTS is the framework's (Production only).
/// </summary>
internal static class PortalSecurityHeaders
{
    public static void AddPortalSecurityHeaders(this IServiceCollection services) =>
        services.AddSecurityHeaderPolicies(policies => policies.SetDefaultPolicy(Policy()));

    public static void UsePortalSecurityHeaders(this WebApplication app) => app.UseSecurityHeaders();

    private static HeaderPolicyCollection Policy() => new HeaderPolicyCollection()
        .AddFrameOptionsDeny()
        .AddContentTypeOptionsNoSniff()
        .AddReferrerPolicyStrictOriginWhenCrossOrigin()
        .AddCrossOriginOpenerPolicy(coop => coop.SameOrigin())
        .AddCrossOriginResourcePolicy(corp => corp.SameOrigin())
        .AddPermissionsPolicyWithDefaultSecureDirectives()
        .RemoveServerHeader()
        .AddContentSecurityPolicy(csp =>
        {
            csp.AddDefaultSrc().Self();
            csp.AddBaseUri().Self();
            csp.AddObjectSrc().None();
            csp.AddFrameAncestors().None();
            csp.AddFormAction().Self();
            csp.AddScriptSrc().Self().WithNonce();
            csp.AddStyleSrc().Self().UnsafeInline();
            csp.AddImgSrc().Self().Data();
            csp.AddFontSrc().Self();
            csp.AddConnectSrc().Self(); // the circuit's WebSocket to the same origin
        });
}
