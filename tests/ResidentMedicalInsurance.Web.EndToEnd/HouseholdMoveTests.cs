using static Microsoft.Playwright.Assertions;
using static ResidentMedicalInsurance.Web.EndToEnd.ClerkSteps;

namespace ResidentMedicalInsurance.Web.EndToEnd;

/// <summary>户籍变动 (ADR 0070): a clerk moves a household to another clerk's township; both see the move in 迁入迁出记录.</summary>
[Collection(ClerkPortalCollection.Name)]
public sealed class HouseholdMoveTests(ClerkPortal portal, BrowserSession browser)
{
    [Fact]
    public async Task A_household_moved_to_another_township_leaves_the_first_clerk_and_appears_for_the_second()
    {
        var page = await browser.NewPageAsync(portal.BaseUrl);
        await Demo.SignInAsync(page, "lianyungang-clerk", path: "/households/new");
        await RegisterHouseholdAsync(page, "LYG-MOVE-1", "新浦街道", "新浦路 18 号", new Person("迁户甲", IdNumber("320703", new(1966, 6, 16), 917)));
        await AddMemberAsync(page, new Person("迁户乙", IdNumber("320703", new(1996, 9, 6), 919), Relationship: "Child"));

        // Keyboard: the panel's button opens the form with the township select focused; a wrong village is refused beside the field.
        await page.GetByTestId("moves-open-household").ClickAsync();
        await Expect(page.Locator("#move-township")).ToBeFocusedAsync();
        await page.Locator("#move-township").SelectOptionAsync(new Microsoft.Playwright.SelectOptionValue { Label = "赣榆区" });
        await page.GetByTestId("save-move-household").ClickAsync();
        await Expect(page.GetByTestId("move-village-problem")).ToBeVisibleAsync();
        await page.FillAsync("#move-village", "青口镇城西村");
        await page.PressAsync("#move-village", "Enter");

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/moves\\?done="));
        await Expect(page.GetByTestId("moves-page-info")).ToContainTextAsync("已办理迁移：户号 LYG-MOVE-1");
        var mine = page.Locator("[data-testid=move-row][data-from='LYG-MOVE-1']");
        await Expect(mine.GetByTestId("move-direction")).ToHaveTextAsync("迁出");
        await Expect(mine.GetByTestId("move-to")).ToContainTextAsync("赣榆区 · 青口镇城西村");
        await Expect(mine.GetByTestId("move-open")).ToHaveCountAsync(0);
        await page.GotoAsync("residents");
        await page.GotoAsync("moves");
        await Expect(mine).ToHaveCountAsync(1);

        var other = await browser.NewPageAsync(portal.BaseUrl);
        await Demo.SignInAsync(other, "lianyungang-clerk2", path: "/moves");
        var theirs = other.Locator("[data-testid=move-row][data-from='LYG-MOVE-1']");
        await Expect(theirs.GetByTestId("move-direction")).ToHaveTextAsync("迁入");
        await Expect(theirs.GetByTestId("move-kind")).ToHaveTextAsync("迁移");
        await theirs.GetByTestId("move-open").ClickAsync();
        await Expect(other.GetByTestId("household-number")).ToHaveTextAsync("LYG-MOVE-1");
        await Expect(other.GetByTestId("household-summary")).ToContainTextAsync("赣榆区 · 青口镇城西村");
        await Expect(other.Locator("[data-testid=member-row]")).ToHaveCountAsync(2);

        // The receiving clerk reads the move in the household's 操作日志, by the first clerk's hand.
        await other.GetByTestId("audit-link").ClickAsync();
        var move = other.GetByTestId("audit-row").Filter(new() { HasText = "户籍迁移（全户）" });
        await Expect(move.First).ToBeVisibleAsync();
        await Expect(move.First).ToContainTextAsync("赣榆区");
        await Expect(move.First).ToContainTextAsync("张丽");
    }
}
