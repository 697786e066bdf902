using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ResidentMedicalInsurance.Web.EndToEnd;

/// <summary>
/// In English, the pages around accounts hold no Chinese but names: the users page through an admin's day
/// (problems beside the fields, a new clerk, lock, disable, townships, a refusal), the password page with
/// its problems, and the sign-in page with its messages.
/// </summary>
[Collection(ClerkPortalCollection.Name)]
public sealed class EnglishAccountPagesTests(ClerkPortal portal, BrowserSession browser)
{
    private const string NewClerk = "youxi-en-clerk";

    [Fact]
    public async Task The_users_page_in_English_through_create_lock_disable_and_townships_has_no_Chinese_outside_names()
    {
        var page = await browser.NewPageAsync(portal.BaseUrl);
        await Demo.SignInAsync(page, "youxi-admin", path: "/users");
        await EnglishUi.SwitchAsync(page, "/users");
        await Expect(page.GetByTestId("user-row").First).ToBeVisibleAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Users");

        await page.GetByTestId("create-user").ClickAsync();
        await Expect(page.GetByTestId("new-role-problem")).ToHaveTextAsync("Choose a role: township clerk, county staff or supervisor.");
        await Expect(page.GetByTestId("new-displayname-problem")).ToHaveTextAsync("Name is required.");
        await Expect(page.GetByTestId("new-role").Locator("option[value=Clerk]")).ToHaveTextAsync("Township clerk");
        await page.GetByTestId("new-role").SelectOptionAsync("Clerk");
        await page.GetByTestId("new-username").FillAsync(NewClerk);
        await page.GetByTestId("new-displayname").FillAsync("英文经办");
        await page.GetByTestId("create-user").ClickAsync();
        await Expect(page.GetByTestId("new-townships-problem")).ToHaveTextAsync("Bind a clerk to at least one township.");
        var townships = await EnglishUi.TextsAsync(page, "[data-testid=new-townships] label");
        await AssertNoChineseAsync(page, "the new user's problems", townships);

        await page.GetByTestId("new-townships").Locator("input").First.CheckAsync();
        await page.GetByTestId("create-user").ClickAsync();
        await Expect(page.GetByTestId("users-info")).ToHaveTextAsync(
            $"Created {NewClerk}. Hand the one-time password to the user in person: it must be changed at the first sign-in and is shown only this once.");
        await Expect(page.GetByTestId("one-time-password-box")).ToContainTextAsync($"One-time password ({NewClerk}): ");
        await AssertNoChineseAsync(page, "a clerk created", townships);

        var row = page.Locator($"[data-testid=user-row][data-user={NewClerk}]");
        await row.GetByTestId("lock").ClickAsync();
        await Expect(page.GetByTestId("users-info")).ToContainTextAsync($"Locked {NewClerk};");
        await Expect(row.GetByTestId("user-state")).ToContainTextAsync("Locked (by the administrator)");
        await row.GetByTestId("disable").ClickAsync();
        await Expect(row.GetByTestId("user-disabled")).ToHaveTextAsync("; Disabled");
        await row.GetByTestId("edit-townships-open").ClickAsync();
        await row.GetByTestId("edit-townships").Locator("input").Nth(1).CheckAsync();
        await row.GetByTestId("save-townships").ClickAsync();
        await Expect(page.GetByTestId("users-info")).ToContainTextAsync($"The townships of {NewClerk} are now {townships[0]}, {townships[1]};");
        await AssertNoChineseAsync(page, "locked, disabled, townships changed", townships);

        // An admin may not lock themselves out: the refusal too is in English.
        await page.Locator("[data-testid=user-row][data-user=youxi-admin]").GetByTestId("lock").ClickAsync();
        await Expect(page.GetByTestId("users-error")).ToHaveTextAsync("You cannot lock your own account.");
        await AssertNoChineseAsync(page, "a refusal", townships);
    }

    [Fact]
    public async Task The_password_page_in_English_words_every_problem_in_English()
    {
        var page = await browser.NewPageAsync(portal.BaseUrl);
        await Demo.SignInAsync(page, "youxi-supervisor");
        await EnglishUi.SwitchAsync(page, "/account/password");
        await Expect(page.Locator("h2")).ToHaveTextAsync("Change password");

        await page.GetByTestId("change-password").ClickAsync();
        await Expect(page.GetByTestId("current-problem")).ToHaveTextAsync("Enter your current password.");
        await Expect(page.GetByTestId("new-problem")).ToHaveTextAsync("Enter a new password.");
        await EnglishUi.AssertNoChineseAsync(page, "an empty form", [], root: "body");

        await page.FillAsync("#current", "not-my-password");
        await page.FillAsync("#new-password", "short");
        await page.FillAsync("#confirm-password", "shorter");
        await page.GetByTestId("change-password").ClickAsync();
        await Expect(page.GetByTestId("current-problem")).ToHaveTextAsync("The current password is wrong.");
        await Expect(page.GetByTestId("new-problem")).ToContainTextAsync("A password needs at least 12 characters.");
        await Expect(page.GetByTestId("confirm-problem")).ToHaveTextAsync("The two new passwords differ.");
        await EnglishUi.AssertNoChineseAsync(page, "Identity's and the form's problems", [], root: "body");
    }

    [Fact]
    public async Task The_sign_in_page_in_English_says_what_went_wrong_in_English()
    {
        var page = await browser.NewPageAsync(portal.BaseUrl);
        await EnglishUi.SwitchAsync(page, "/account/login");
        await Expect(page.GetByTestId("sign-in")).ToHaveTextAsync("Sign in");
        await EnglishUi.AssertNoChineseAsync(page, "the sign-in form", [], root: "body");

        await page.GetByTestId("sign-in").ClickAsync();
        await Expect(page.GetByTestId("login-message")).Not.ToBeEmptyAsync();
        await EnglishUi.AssertNoChineseAsync(page, "nothing typed", [], root: "body");

        await page.FillAsync("#username", "nobody-here");
        await page.FillAsync("#password", "Wrong-password-1");
        await page.GetByTestId("sign-in").ClickAsync();
        await Expect(page.GetByTestId("login-message")).ToContainTextAsync("Wrong user name or password");
        await EnglishUi.AssertNoChineseAsync(page, "a failed sign-in", [], root: "body");
    }

    /// <summary>The users page with the header: the tenant's and users' names (as stored) and the townships removed.</summary>
    private static async Task AssertNoChineseAsync(IPage page, string when, IEnumerable<string> townships) =>
        await EnglishUi.AssertNoChineseAsync(page, when,
            [.. townships, "英文经办", .. await EnglishUi.HeaderNamesAsync(page), .. await EnglishUi.TextsAsync(page, "[data-testid=user-row] td:nth-child(2)")],
            root: ".rz-layout");
}
