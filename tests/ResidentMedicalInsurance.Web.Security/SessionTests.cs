
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ResidentMedicalInsurance.Web.Security;

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<SecurityPortal>, ICollectionFixture<BrowserSession>
{
    public const string Name = "security-browser";
}

/// <summary>In Chromium: an Admin's lock ends the user's sessions at once; the CSP lets the portal work.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SessionTests(SecurityPortal portal, BrowserSession browser)
{
    [Fact]
    public async Task After_the_admin_locks_a_user_their_open_tab_and_their_old_cookie_both_land_on_the_sign_in_page()
    {
        var clerk = await SignedInPageAsync("haimen-clerk2", "/residents");
        await Expect(clerk.Locator("#search-text")).ToBeVisibleAsync();
        var oldCookies = await clerk.Context.CookiesAsync();

        var admin = await SignedInPageAsync("haimen-admin", "/users");
        var row = admin.Locator("[data-testid=user-row][data-user=haimen-clerk2]");
        await row.GetByTestId("lock").ClickAsync();
        await Expect(admin.GetByTestId("users-info")).ToContainTextAsync("已锁定 haimen-clerk2");
        await Expect(row.GetByTestId("user-state")).ToContainTextAsync("已锁定");

        // The open tab: its next action.
        await clerk.FillAsync("#search-text", "H001");
        await clerk.GetByTestId("search").ClickAsync();
        await clerk.WaitForURLAsync("**/account/login**");

        // A fresh request with the old cookie.
        using var replay = new PortalClient(portal.BaseUrl);
        foreach (var cookie in oldCookies)
        {
            replay.Cookies.Add(new System.Net.Cookie(cookie.Name, cookie.Value, cookie.Path, cookie.Domain));
        }

        using var answer = await replay.GetAsync("residents");
        Assert.Equal(AccessTableTests.Answer.SignIn, AccessTableTests.Classify(answer));

        // Unlocked, the user signs in again.
        await row.GetByTestId("unlock").ClickAsync();
        await Expect(row.GetByTestId("user-state")).ToContainTextAsync("正常");
        await SignedInPageAsync("haimen-clerk2", "/residents");
    }

    [Fact]
    public async Task Working_through_the_portal_breaks_no_rule_of_the_content_security_policy()
    {
        var violations = new List<string>();
        var page = await browser.NewPageAsync(portal.BaseUrl);
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add(message.Text);
            }
        };

        await SignInAsync(page, "lianyungang-clerk", "/residents");
        await page.FillAsync("#search-text", "张");
        await page.GetByTestId("search").ClickAsync();
        await Expect(page.GetByTestId("search-total")).ToBeVisibleAsync();
        foreach (var path in new[] { "/townships", "/households/new", "/renewals", "/" })
        {
            await page.GotoAsync(path.TrimStart('/'));
            await Expect(page.GetByTestId("tenant-name")).ToBeVisibleAsync();
        }

        Assert.Empty(violations);
    }

    private async Task<IPage> SignedInPageAsync(string userName, string path)
    {
        var page = await browser.NewPageAsync(portal.BaseUrl);
        await SignInAsync(page, userName, path);
        return page;
    }

    private static async Task SignInAsync(IPage page, string userName, string path)
    {
        await page.GotoAsync($"account/login?returnUrl={Uri.EscapeDataString(path)}");
        await page.FillAsync("#username", userName);
        await page.FillAsync("#password", PortalClient.Password);
        await page.ClickAsync("[data-testid=sign-in]");
        await page.WaitForSelectorAsync("[data-testid=tenant-name]");
    }
}
