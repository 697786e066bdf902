using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static ResidentMedicalInsurance.Web.EndToEnd.ClerkSteps;

namespace ResidentMedicalInsurance.Web.EndToEnd;

/// <summary>ADR 0042 in the browser: a masked ID stands next to the birth year only; the reveal asks why and is audited.</summary>
[Collection(ClerkPortalCollection.Name)]
public sealed partial class MaskedIdTests(ClerkPortal portal, BrowserSession browser)
{
    private static readonly string[] FullDate = ["1964年2月11日", "2月11日", "1964年02月11日", "02月11日", "1964-02-11"];

    [Fact]
    public async Task A_masked_id_is_never_shown_with_its_full_birth_date_and_a_revealed_id_is_audited_with_who_when_and_why()
    {
        var page = await browser.NewPageAsync(portal.BaseUrl);
        await Demo.SignInAsync(page, "haimen-clerk2", path: "/households/new");
        var id = IdNumber("320684", new(1964, 2, 11), 83);
        var masked = id[..6] + "********" + id[14..];
        await RegisterHouseholdAsync(page, "HM-MASK-1", "东洲村", "东洲村7组2号", new Person("钱掩码", id));
        var householdUrl = page.Url;

        // Household page (members and the enrolment panel) and search: the year only.
        var row = Row(page, "钱掩码");
        await Expect(row.GetByTestId("id-number")).ToHaveTextAsync(masked);
        await Expect(row.GetByTestId("member-birth")).ToHaveTextAsync("1964年");
        await ExpectNoFullDateAsync(page);
        await page.GotoAsync("residents");
        await page.Locator("#search-text").FillAsync("HM-MASK-1");
        await page.Locator("#search-text").PressAsync("Enter");
        await Expect(page.GetByTestId("result-birth")).ToHaveTextAsync("1964年");
        await ExpectNoFullDateAsync(page);
        await page.GetByTestId("household-link").ClickAsync();
        await page.GetByTestId("audit-link").ClickAsync();
        await Expect(page.GetByTestId("audit-row").First).ToBeVisibleAsync();
        await Expect(page.GetByTestId("audit")).ToContainTextAsync("出生年份：— → 1964年");
        await ExpectNoFullDateAsync(page);

        // The reveal needs a reason; with one, the number and that member's full birth date are shown.
        await page.GotoAsync(householdUrl);
        row = Row(page, "钱掩码");
        await row.GetByTestId("reveal").ClickAsync();
        await row.GetByTestId("reveal-purpose").SelectOptionAsync(new SelectOptionValue { Label = "其他" });
        await row.GetByTestId("reveal-confirm").ClickAsync();
        await Expect(row.GetByTestId("reveal-error")).ToContainTextAsync("选择“其他”时请填写查看事由。");
        await Expect(row.GetByTestId("id-number")).ToHaveTextAsync(masked);
        await row.GetByTestId("reveal-note").FillAsync("核对户口簿");
        await row.GetByTestId("reveal-confirm").ClickAsync();
        await Expect(row.GetByTestId("id-number")).ToHaveTextAsync(id);
        await Expect(row.GetByTestId("member-birth")).ToHaveTextAsync("1964年2月11日");

        // The audit log: who, when and why.
        await page.GetByTestId("audit-link").ClickAsync();
        var reveal = page.GetByTestId("audit-row").Filter(new() { HasText = "查看完整身份证号" });
        await Expect(reveal).ToHaveCountAsync(1);
        await Expect(reveal).ToContainTextAsync("李强（"); // haimen-clerk2, by display name
        await Expect(reveal).ToContainTextAsync(When());
        await Expect(reveal.GetByTestId("audit-reason")).ToHaveTextAsync("查看事由：其他：核对户口簿");
        await page.ScreenshotAsync(new() { Path = "/tmp/clerk-ui-reveal-audit.png", FullPage = true });
    }

    [Fact]
    public async Task A_name_with_a_bidi_override_is_refused_beside_the_field()
    {
        var page = await browser.NewPageAsync(portal.BaseUrl);
        await Demo.SignInAsync(page, "haimen-clerk2", path: "/households/new");

        await page.FillAsync("#head-name", "钱\u202E掩码");

        await Expect(page.GetByTestId("head-name-problem")).ToHaveTextAsync("姓名含有不可见的格式字符（如文字方向控制符、零宽字符），请删除后重新输入。");
        await page.FillAsync("#head-name", "钱掩码");
        await Expect(page.GetByTestId("head-name-problem")).ToHaveCountAsync(0);
    }

    private static async Task ExpectNoFullDateAsync(IPage page)
    {
        foreach (var date in FullDate)
        {
            await Expect(page.Locator("body")).Not.ToContainTextAsync(date);
        }
    }

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2} \d{2}:\d{2}")]
    private static partial Regex When();
}
