using System.Net;
using System.Text.RegularExpressions;

namespace ResidentMedicalInsurance.Web.EndToEnd;

/// <summary>
/// The framework's own Blazor client script (docs/decisions/0002-blazor-client-script.md): the
/// page references it by its fingerprinted name, through the import map and the script tag, and
/// the portal serves that file.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed partial class StaticAssetTests(PortalServer portal)
{
    [Fact]
    public async Task Sign_in_page_references_the_fingerprinted_blazor_script_and_the_portal_serves_it()
    {
        using var http = new HttpClient { BaseAddress = portal.BaseUrl };
        var html = await http.GetStringAsync(new Uri("account/login", UriKind.Relative));

        var script = ScriptSrc().Match(html);
        Assert.True(script.Success, $"No fingerprinted blazor.web.*.js script tag in the sign-in page:\n{html}");
        var fingerprinted = script.Groups["path"].Value;
        Assert.Matches("<script type=\"importmap\" nonce=\"[^\"]+\">", html); // the CSP lets it run by its nonce
        Assert.Contains($"\"./_framework/blazor.web.js\": \"./{fingerprinted}\"", html, StringComparison.Ordinal);

        using var response = await http.GetAsync(new Uri(fingerprinted, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("Blazor", body, StringComparison.Ordinal);

        // The stylesheets go through @Assets as well.
        Assert.Matches(@"href=""_content/Radzen\.Blazor/css/material-base\.[a-z0-9]+\.css""", html);
    }

    [GeneratedRegex(@"<script src=""(?<path>_framework/blazor\.web\.[a-z0-9]+\.js)""></script>")]
    private static partial Regex ScriptSrc();
}
