using System.Net;
using System.Reflection;
using Microsoft.AspNetCore.Components;

namespace ResidentMedicalInsurance.Web.Security;

/// <summary>
/// Every routable page and endpoint, as anonymous and as each role, over HTTP: the answer is the
/// page, a redirect to sign-in, or a redirect to access denied, as this table says.
/// </summary>
[Collection(SecurityCollection.Name)]
public sealed class AccessTableTests(SecurityPortal portal)
{
    public enum Answer
    {
        /// <summary>2xx: the page or endpoint answers.</summary>
        Page,

        /// <summary>302 to /account/login.</summary>
        SignIn,

        /// <summary>302 to /account/denied.</summary>
        Denied,
    }

    private const Answer P = Answer.Page;
    private const Answer S = Answer.SignIn;
    private const Answer D = Answer.Denied;

    // Who: anonymous, Clerk, CountyStaff, Supervisor, Admin.
    private static readonly string[] Who = ["anonymous", "youxi-clerk", "youxi-staff", "youxi-supervisor", "youxi-admin"];

    private static readonly Guid AnyId = Guid.Parse("0198d3c1-0000-7000-8000-000000000001");

    /// <summary>A reconciliation period's first day: Youxi 2020's 正常缴费期.</summary>
    private const string AnyPeriod = "2019-09-01";

    /// <summary>Route template → answer per <see cref="Who"/>.</summary>
    public static readonly IReadOnlyDictionary<string, Answer[]> Table = new Dictionary<string, Answer[]>
    {
        ["/"] = [S, P, P, P, P],
        ["/residents"] = [S, P, P, P, D],
        ["/moves"] = [S, P, P, P, D],
        ["/households/new"] = [S, P, P, D, D],
        ["/households/{Id:guid}"] = [S, P, P, P, D],
        ["/households/{Id:guid}/audit"] = [S, P, P, P, D],
        ["/print/receipt/{Id:guid}"] = [S, P, P, P, D],
        ["/print/accident/{Id:guid}"] = [S, P, P, P, D],
        ["/accident-insurance"] = [S, P, P, D, D],
        ["/print/registration/{Id:guid}"] = [S, P, P, P, D],
        ["/print/households/{Id:guid}/receipts"] = [S, P, P, P, D],
        ["/print/households/{Id:guid}/registrations"] = [S, P, P, P, D],
        ["/print/batches/{Id:guid}"] = [S, P, P, P, D],
        ["/payments/batch"] = [S, P, P, D, D],
        ["/refunds"] = [S, P, P, D, D],
        ["/reversals"] = [S, P, P, D, D],
        ["/renewals"] = [S, P, P, D, D],
        ["/rosters"] = [S, D, P, D, D],
        ["/rosters/{Id:guid}"] = [S, D, P, D, D],
        ["/rosters/payments"] = [S, D, P, D, D],
        ["/tax/paid"] = [S, D, P, D, D],
        ["/tax"] = [S, D, P, D, D],
        ["/accounts"] = [S, D, P, D, D],
        ["/reconciliation"] = [S, D, P, P, D],
        ["/reconciliation/{Start}"] = [S, D, P, P, D],
        ["/print/statement/{Start}"] = [S, D, P, P, D],
        ["/notices"] = [S, D, P, P, D],
        ["/notices/{Id:guid}"] = [S, D, P, P, D],
        ["/print/notices/{Id:guid}"] = [S, D, P, P, D],
        ["/plans"] = [S, D, D, P, D],
        ["/townships"] = [S, P, P, P, P],
        ["/dashboard"] = [S, P, P, P, D],
        ["/dashboard/{TownshipId:guid}"] = [S, P, P, P, D],
        ["/users"] = [S, D, D, D, P],
        ["/account/login"] = [P, P, P, P, P],
        ["/account/denied"] = [P, P, P, P, P],
        ["/account/password"] = [S, P, P, P, P],
        ["/not-found"] = [P, P, P, P, P],
        ["/error"] = [P, P, P, P, P],
        // Endpoints outside the router.
        ["/healthz"] = [P, P, P, P, P],
        ["/rosters/template.xlsx"] = [S, D, P, D, D],
        ["/tax/due.csv"] = [S, D, P, D, D],
        ["/tax/due.xlsx"] = [S, D, P, D, D],
        ["/reconciliation/{Start}/statement.xlsx"] = [S, D, P, P, D],
        ["/dashboard/progress.xlsx"] = [S, P, P, P, D],
        ["/plans/template.xlsx"] = [S, D, D, P, D],
        ["/worklists/renewed.xlsx"] = [S, P, P, P, D],
        ["/accident-insurance.xlsx"] = [S, P, P, D, D],
    };

    public static TheoryData<string> Routes() => [.. Table.Keys];

    [Fact]
    public void The_table_names_every_routable_page()
    {
        var templates = typeof(Program).Assembly.GetTypes()
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>())
            .Select(r => r.Template)
            .ToList();

        Assert.NotEmpty(templates);
        Assert.All(templates, t => Assert.True(Table.ContainsKey(t), $"Page {t} is missing from the access table"));
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Each_role_gets_the_answer_the_table_gives(string template)
    {
        var path = System.Text.RegularExpressions.Regex.Replace(template, @"\{\w+:guid\}", AnyId.ToString())
            .Replace("{Start}", AnyPeriod, StringComparison.Ordinal).TrimStart('/');
        for (var i = 0; i < Who.Length; i++)
        {
            using var client = await ClientAsync(Who[i]);
            using var response = await client.GetAsync(path.Length == 0 ? "./" : path);
            Assert.True(Table[template][i] == Classify(response), $"{template} as {Who[i]}: expected {Table[template][i]}, got {(int)response.StatusCode} {response.Headers.Location}");
        }
    }

    [Fact]
    public async Task Sign_out_without_the_forms_antiforgery_token_is_refused_and_the_session_lives_on()
    {
        using var client = await ClientAsync("youxi-clerk");
        using var forged = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, new Uri("account/logout", UriKind.Relative)) { Content = new FormUrlEncodedContent([]) });

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        using var still = await client.GetAsync("residents");
        Assert.Equal(Answer.Page, Classify(still));
    }

    [Fact]
    public async Task Sign_out_with_the_token_ends_the_session_and_a_saved_copy_of_the_cookie_is_dead()
    {
        using var client = await ClientAsync("youxi-staff");
        var saved = client.Cookies.GetAllCookies().Cast<Cookie>().Select(c => new Cookie(c.Name, c.Value, c.Path, c.Domain)).ToList();
        using var page = await client.GetAsync("residents");
        var token = PortalClient.Token(await page.Content.ReadAsStringAsync());

        using var logout = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, new Uri("account/logout", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }),
        });
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.StartsWith("/account/login", logout.Headers.Location!.OriginalString, StringComparison.Ordinal);

        using var replay = new PortalClient(portal.BaseUrl);
        foreach (var cookie in saved)
        {
            replay.Cookies.Add(cookie);
        }

        using var answer = await replay.GetAsync("residents");
        Assert.Equal(Answer.SignIn, Classify(answer));
    }

    private async Task<PortalClient> ClientAsync(string who)
    {
        var client = new PortalClient(portal.BaseUrl);
        if (who != "anonymous")
        {
            await client.SignInAsync(who);
        }

        return client;
    }

    public static Answer? Classify(HttpResponseMessage response) => response.StatusCode switch
    {
        >= HttpStatusCode.OK and < HttpStatusCode.Ambiguous => Answer.Page,
        HttpStatusCode.Redirect when response.Headers.Location?.OriginalString.Contains("/account/login", StringComparison.Ordinal) == true => Answer.SignIn,
        HttpStatusCode.Redirect when response.Headers.Location?.OriginalString.Contains("/account/denied", StringComparison.Ordinal) == true => Answer.Denied,
        _ => null,
    };
}
