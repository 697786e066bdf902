using static Microsoft.Playwright.Assertions;
using static ResidentMedicalInsurance.Web.EndToEnd.ClerkSteps;

namespace ResidentMedicalInsurance.Web.EndToEnd;

/// <summary>
/// The README's portal as a newcomer gets it (Development settings, demo data, no clock override):
/// each county works on its own demo business date (appsettings.Development.json, ADR 0041) and
/// the demo households that paid last year can be renewed (续保).
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class DemoRenewalTests(PortalServer portal, BrowserSession browser)
{
    [Fact]
    public async Task Youxi_clerk_renews_last_years_demo_payers_on_youxis_date_while_shiquan_works_on_its_own()
    {
        var youxi = await browser.NewPageAsync(portal.BaseUrl);
        await Demo.SignInAsync(youxi, "youxi-clerk", path: "/renewals");

        // 城关镇: the two demo households that paid for 2019 (five people) are renewed for 2020.
        await Expect(youxi.Locator("#renew-township")).ToBeFocusedAsync();
        await youxi.PressAsync("#renew-village", "Enter");
        await Expect(youxi.GetByTestId("info")).ToContainTextAsync("已续保 5 人");

        var lin = await OpenHouseholdAsync(youxi, "YX-DEMO-001", "林国华");
        await Expect(lin.GetByTestId("member-status")).ToHaveTextAsync("待缴费");
        await lin.GetByTestId("pay").ClickAsync();
        await Expect(youxi.Locator("#pay-at")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^2019-11-18 "));
        await youxi.ScreenshotAsync(new() { Path = "/tmp/demo-renewal-youxi.png", FullPage = true });

        // Shiquan's clerk, at the same moment, is in Shiquan's 2021 campaign (2020-11-16).
        var shiquan = await browser.NewPageAsync(portal.BaseUrl);
        await Demo.SignInAsync(shiquan, "shiquan-clerk", path: "/residents");
        var chen = await OpenHouseholdAsync(shiquan, "SQ-DEMO-003", "陈永平");
        await Expect(chen.GetByTestId("member-status")).ToHaveTextAsync("待缴费");
        await chen.GetByTestId("pay").ClickAsync();
        await Expect(shiquan.Locator("#pay-at")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^2020-11-16 "));

        // Shiquan's own renewal of 2020 payers is by household (本户续保).
        var wang = await OpenHouseholdAsync(shiquan, "SQ-DEMO-001", "王建军");
        await Expect(wang.GetByTestId("member-status")).ToHaveTextAsync("未登记");
        await shiquan.GetByTestId("renew-household").ClickAsync();
        await Expect(shiquan.GetByTestId("page-info")).ToContainTextAsync("已续保 3 人");
        await Expect(shiquan.GetByTestId("member-status")).ToHaveTextAsync(["待缴费", "待缴费", "待缴费"]);
    }

    /// <summary>Finds a demo household by number in 户籍查询 and returns the member's row.</summary>
    private static async Task<Microsoft.Playwright.ILocator> OpenHouseholdAsync(Microsoft.Playwright.IPage page, string number, string member)
    {
        await page.GotoAsync("residents");
        await page.Locator("#search-text").FillAsync(number);
        await page.Locator("#search-text").PressAsync("Enter");
        await page.GetByTestId("household-link").First.ClickAsync();
        await Expect(page.GetByTestId("household-number")).ToHaveTextAsync(number);
        return Row(page, member);
    }
}
