using System.Net;
using System.Text.RegularExpressions;

namespace ResidentMedicalInsurance.Web.Security;

/// <summary>Security headers on pages, redirects and static files; cookie flags, also behind a proxy that terminated HTTPS.</summary>
[Collection(SecurityCollection.Name)]
public sealed partial class HeaderTests(SecurityPortal portal)
{
    public static TheoryData<string> Paths() => ["account/login", "residents", "css/app.css", "healthz", "not-found"];

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Every_answer_carries_the_security_headers_and_no_server_header(string path)
    {
        using var client = new PortalClient(portal.BaseUrl);
        using var response = await client.GetAsync(path);

        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        Assert.Contains("camera=()", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Server"), $"Server header on {path}: {string.Join(",", response.Headers.TryGetValues("Server", out var v) ? v : [])}");
        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.DoesNotMatch("script-src[^;]*'unsafe-inline'", csp);
    }

    [Fact]
    public async Task The_only_inline_script_carries_the_requests_nonce()
    {
        using var client = new PortalClient(portal.BaseUrl);
        using var response = await client.GetAsync("account/login");
        var html = await response.Content.ReadAsStringAsync();
        var nonce = NoncePattern().Match(Header(response, "Content-Security-Policy")).Groups[1].Value;

        Assert.NotEmpty(nonce);
        var inline = InlineScriptPattern().Matches(html);
        Assert.NotEmpty(inline);
        Assert.All(inline, m => Assert.Contains($"nonce=\"{nonce}\"", WebUtility.HtmlDecode(m.Value), StringComparison.Ordinal));
        Assert.DoesNotMatch(" on[a-z]+=\"", html); // no inline event handlers

        using var again = await client.GetAsync("account/login");
        Assert.NotEqual(nonce, NoncePattern().Match(Header(again, "Content-Security-Policy")).Groups[1].Value);
    }

    [Fact]
    public async Task Cookies_are_http_only_same_site_and_secure_when_the_proxy_says_the_request_was_https()
    {
        using var https = new PortalClient(portal.BaseUrl);
        using var signedIn = await https.PostLoginAsync("youxi-clerk", PortalClient.Password, forwardedProto: "https");
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var auth = SetCookie(signedIn, "rmi.auth");
        Assert.Contains("secure", auth, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", auth, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", auth, StringComparison.OrdinalIgnoreCase);

        using var plain = new PortalClient(portal.BaseUrl);
        using var overHttp = await plain.PostLoginAsync("youxi-clerk", PortalClient.Password);
        var plainAuth = SetCookie(overHttp, "rmi.auth");
        Assert.DoesNotContain("secure", plainAuth, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", plainAuth, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_antiforgery_cookie_is_secure_behind_a_forwarded_https_request()
    {
        using var client = new PortalClient(portal.BaseUrl);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("account/login", UriKind.Relative));
        request.Headers.Add("X-Forwarded-Proto", "https");
        using var response = await client.SendAsync(request);

        var antiforgery = SetCookie(response, ".AspNetCore.Antiforgery.");
        Assert.Contains("secure", antiforgery, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", antiforgery, StringComparison.OrdinalIgnoreCase);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"No {name} header on {response.RequestMessage?.RequestUri} ({(int)response.StatusCode})");

    private static string SetCookie(HttpResponseMessage response, string namePrefix) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.FirstOrDefault(c => c.StartsWith(namePrefix, StringComparison.Ordinal)) is { } cookie
            ? cookie
            : throw new Xunit.Sdk.XunitException($"No {namePrefix} cookie set ({(int)response.StatusCode})");

    [GeneratedRegex("'nonce-([^']+)'")]
    private static partial Regex NoncePattern();

    [GeneratedRegex("<script(?![^>]*\\ssrc=)[^>]*>")]
    private static partial Regex InlineScriptPattern();
}
