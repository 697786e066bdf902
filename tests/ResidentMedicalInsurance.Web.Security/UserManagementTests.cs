using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ResidentMedicalInsurance.Web.Security;

/// <summary>
/// In Chromium: an Admin creates a clerk bound to one township; the clerk signs in with the one-time
/// password, is held on 修改密码 until the change, then sees only that township. An Admin unlocks a
/// user locked by wrong passwords.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class UserManagementTests(SecurityPortal portal, BrowserSession browser)
{
    private const string OwnPassword = "Zhao-Min-2026!";

    [Fact]
    public async Task A_clerk_created_by_the_admin_changes_the_one_time_password_first_and_then_sees_only_the_bound_township()
    {
        var admin = await SignedInAsync("youxi-admin", PortalClient.Password, "/users");
        await admin.GetByTestId("new-role").SelectOptionAsync("Clerk");
        await admin.GetByTestId("new-username").FillAsync("youxi-zhaomin");
        await admin.GetByTestId("new-displayname").FillAsync("赵敏");
        await admin.GetByTestId("create-user").ClickAsync();
        await Expect(admin.GetByTestId("new-townships-problem")).ToHaveTextAsync("经办员至少要绑定一个乡镇。");

        var township = admin.GetByTestId("new-townships").Locator("label").Nth(1);
        var townshipName = (await township.InnerTextAsync()).Trim();
        await township.Locator("input").CheckAsync();
        await admin.GetByTestId("create-user").ClickAsync();
        await Expect(admin.GetByTestId("users-info")).ToContainTextAsync("已创建 youxi-zhaomin");
        var oneTimePassword = (await admin.GetByTestId("one-time-password").InnerTextAsync()).Trim();
        var row = admin.Locator("[data-testid=user-row][data-user=youxi-zhaomin]");
        await Expect(row).ToContainTextAsync(townshipName);
        await Expect(row.GetByTestId("user-must-change")).ToBeVisibleAsync();

        // Signed in with the one-time password: every page leads to 修改密码.
        var clerk = await browser.NewPageAsync(portal.BaseUrl);
        await SignInAsync(clerk, "youxi-zhaomin", oneTimePassword, "/residents");
        await clerk.WaitForURLAsync("**/account/password");
        await Expect(clerk.GetByTestId("password-must-change")).ToBeVisibleAsync();
        await clerk.GotoAsync("households/new");
        await clerk.WaitForURLAsync("**/account/password");

        await clerk.FillAsync("#current", oneTimePassword);
        await clerk.FillAsync("#new-password", "short");
        await clerk.FillAsync("#confirm-password", "short");
        await clerk.GetByTestId("change-password").ClickAsync();
        await Expect(clerk.GetByTestId("new-problem")).ToContainTextAsync("12");

        await clerk.FillAsync("#current", oneTimePassword);
        await clerk.FillAsync("#new-password", OwnPassword);
        await clerk.FillAsync("#confirm-password", OwnPassword);
        await clerk.GetByTestId("change-password").ClickAsync();
        await clerk.WaitForSelectorAsync("[data-testid=tenant-name]");

        await clerk.GotoAsync("households/new");
        await Expect(clerk.Locator("#hh-township option")).ToHaveTextAsync([townshipName]);

        // The new password is the clerk's own from now on.
        var again = await SignedInAsync("youxi-zhaomin", OwnPassword, "/townships");
        await Expect(again.GetByTestId("tenant-name")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_admin_unlocks_a_user_locked_by_wrong_passwords_who_then_signs_in()
    {
        using (var http = new PortalClient(portal.BaseUrl))
        {
            for (var i = 0; i < 5; i++)
            {
                using var wrong = await http.PostLoginAsync("youxi-supervisor", "Wrong-Password-1");
            }

            using var locked = await http.PostLoginAsync("youxi-supervisor", PortalClient.Password);
            Assert.NotEqual(System.Net.HttpStatusCode.Redirect, locked.StatusCode);
        }

        var admin = await SignedInAsync("youxi-admin", PortalClient.Password, "/users");
        var row = admin.Locator("[data-testid=user-row][data-user=youxi-supervisor]");
        await Expect(row.GetByTestId("user-state")).ToContainTextAsync("连续输错密码");
        await row.GetByTestId("unlock").ClickAsync();
        await Expect(admin.GetByTestId("users-info")).ToContainTextAsync("已解锁 youxi-supervisor");
        await Expect(row.GetByTestId("user-state")).ToHaveTextAsync("正常");

        var supervisor = await SignedInAsync("youxi-supervisor", PortalClient.Password, "/townships");
        await Expect(supervisor.GetByTestId("tenant-name")).ToBeVisibleAsync();
    }

    private async Task<IPage> SignedInAsync(string userName, string password, string path)
    {
        var page = await browser.NewPageAsync(portal.BaseUrl);
        await SignInAsync(page, userName, password, path);
        await page.WaitForSelectorAsync("[data-testid=tenant-name]");
        return page;
    }

    private static async Task SignInAsync(IPage page, string userName, string password, string path)
    {
        await page.GotoAsync($"account/login?returnUrl={Uri.EscapeDataString(path)}");
        await page.FillAsync("#username", userName);
        await page.FillAsync("#password", password);
        await page.ClickAsync("[data-testid=sign-in]");
    }
}
