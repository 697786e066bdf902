using System.Net;

namespace ResidentMedicalInsurance.Web.Security;

/// <summary>Crafted redirect targets after a language switch or a sign-in go home, never elsewhere and never to a 500.</summary>
[Collection(SecurityCollection.Name)]
public sealed class RedirectTests(SecurityPortal portal)
{
    public static TheoryData<string> Crafted() =>
    [
        "//evil.example/x", "/\\evil.example", "/\\/evil.example", "https://evil.example/", "http:/evil.example",
        "/a\r\nSet-Cookie: x=1", "/a\nb", "/\t/evil.example", "/居民", "/a\u202Eb", "javascript:alert(1)", "",
    ];

    [Theory]
    [MemberData(nameof(Crafted))]
    public async Task A_crafted_redirect_uri_of_the_language_switch_goes_home(string target)
    {
        using var client = new PortalClient(portal.BaseUrl);
        using var response = await client.GetAsync($"culture/set?culture=en&redirectUri={Uri.EscapeDataString(target)}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_local_redirect_uri_of_the_language_switch_is_kept()
    {
        using var client = new PortalClient(portal.BaseUrl);
        using var response = await client.GetAsync($"culture/set?culture=zh-CN&redirectUri={Uri.EscapeDataString("/residents?text=H001")}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/residents?text=H001", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [MemberData(nameof(Crafted))]
    public async Task A_crafted_return_url_of_the_sign_in_goes_home(string target)
    {
        using var client = new PortalClient(portal.BaseUrl);
        using var response = await client.PostLoginAsync("youxi-supervisor", PortalClient.Password, returnUrl: target);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(portal.BaseUrl, new Uri(portal.BaseUrl, response.Headers.Location!));
    }

    [Fact]
    public async Task A_local_return_url_of_the_sign_in_is_kept()
    {
        using var client = new PortalClient(portal.BaseUrl);
        using var response = await client.PostLoginAsync("youxi-supervisor", PortalClient.Password, returnUrl: "/townships");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(new Uri(portal.BaseUrl, "townships"), new Uri(portal.BaseUrl, response.Headers.Location!));
    }
}
