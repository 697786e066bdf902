using System.Net;
using System.Text.RegularExpressions;

namespace ResidentMedicalInsurance.Web.Security;

/// <summary>
/// A browser-like HTTP client of the portal: its own cookies, no automatic redirects (the tests read
/// every Location), and sign-in through the real login form with its antiforgery token.
/// </summary>
public sealed partial class PortalClient : IDisposable
{
    public const string Password = "Demo@2026-rmi";

    private readonly HttpClient http;

    public PortalClient(Uri baseUrl)
    {
        Cookies = new CookieContainer();
        http = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false, UseCookies = true })
        {
            BaseAddress = baseUrl,
        };
    }

    public CookieContainer Cookies { get; }

    public Task<HttpResponseMessage> GetAsync(string path) => http.GetAsync(new Uri(path, UriKind.Relative));

    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request) => http.SendAsync(request);

    /// <summary>How long the last login POST took (the form's GET before it not counted).</summary>
    public TimeSpan LastPostTime { get; private set; }

    /// <summary>Posts the login form as a browser would; the answer is a redirect on success, the form again on failure.</summary>
    public async Task<HttpResponseMessage> PostLoginAsync(string userName, string password, string? returnUrl = null, string? forwardedProto = null)
    {
        var path = returnUrl is null ? "account/login" : $"account/login?ReturnUrl={Uri.EscapeDataString(returnUrl)}";
        var form = await GetAsync(path);
        var html = await form.Content.ReadAsStringAsync();
        using var post = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "login",
                ["__RequestVerificationToken"] = Token(html),
                ["Input.UserName"] = userName,
                ["Input.Password"] = password,
            }),
        };
        if (forwardedProto is not null)
        {
            post.Headers.Add("X-Forwarded-Proto", forwardedProto);
        }

        var timer = System.Diagnostics.Stopwatch.StartNew();
        var response = await http.SendAsync(post);
        await response.Content.LoadIntoBufferAsync();
        LastPostTime = timer.Elapsed;
        return response;
    }

    /// <summary>Signs in and fails the test unless the portal answered with the redirect of a signed-in user.</summary>
    public async Task SignInAsync(string userName)
    {
        using var response = await PostLoginAsync(userName, Password);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"sign-in of {userName} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>The antiforgery token of a page's form.</summary>
    public static string Token(string html) =>
        TokenPattern().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : throw new InvalidOperationException("No antiforgery token on the page.");

    /// <summary>The login form's message, decoded.</summary>
    public static string? LoginMessage(string html) =>
        MessagePattern().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    public void Dispose() => http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("data-testid=\"login-message\">([^<]*)<")]
    private static partial Regex MessagePattern();
}
