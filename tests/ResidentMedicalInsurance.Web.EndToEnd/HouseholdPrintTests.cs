using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static ResidentMedicalInsurance.Web.EndToEnd.ClerkSteps;

namespace ResidentMedicalInsurance.Web.EndToEnd;

/// <summary>全户打印 in Chromium: one page with every member's receipt (or registration form), the clerk by name, back to the household.</summary>
[Collection(ClerkPortalCollection.Name)]
public sealed class HouseholdPrintTests(ClerkPortal portal, BrowserSession browser)
{
    [Fact]
    public async Task A_household_prints_all_its_receipts_and_forms_on_one_page_and_the_back_link_returns_to_it()
    {
        var head = new Person("赵打印", IdNumber("610922", new(1975, 1, 20), 71));
        var spouse = new Person("钱打印", IdNumber("610922", new(1977, 6, 30), 82), "Spouse");
        var page = await browser.NewPageAsync(portal.BaseUrl);
        await Demo.SignInAsync(page, "shiquan-clerk", path: "/households/new");
        await RegisterHouseholdAsync(page, "SQ-PRINT-1", "打印村", "打印村1组1号", head);
        await AddMemberAsync(page, spouse);
        await page.GetByTestId("enroll-preview").ClickAsync();
        await Expect(page.GetByTestId("quote")).ToHaveCountAsync(2);
        await page.GetByTestId("enroll-save").ClickAsync();
        await Expect(page.GetByTestId("member-status")).ToHaveTextAsync(["待缴费", "待缴费"]);
        await Expect(await PayAsync(page, head.Name, "SQ-PRINT-V1", new(2020, 11, 16, 9, 0, 0), "280.00")).ToContainTextAsync("已登记缴费");
        await Expect(await PayAsync(page, spouse.Name, "SQ-PRINT-V2", new(2020, 11, 16, 9, 5, 0), "280.00")).ToContainTextAsync("已登记缴费");
        var householdUrl = page.Url.Split('?')[0]; // without ?from=new

        await page.GotoAsync((await page.GetByTestId("household-receipts-link").GetAttributeAsync("href"))!);
        await Expect(page.GetByTestId("receipt")).ToHaveCountAsync(2);
        await Expect(page.GetByTestId("receipt").First).ToContainTextAsync(head.Name);
        await Expect(page.GetByTestId("receipt").Last).ToContainTextAsync(spouse.Name);
        await Expect(page.GetByTestId("receipt").First).ToContainTextAsync("经办人：张丽（");
        await Expect(page.GetByTestId("receipt").First).Not.ToContainTextAsync("shiquan-clerk");
        await Expect(page.GetByTestId("nav")).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new() { Path = "/tmp/clerk-ui-household-receipts.png", FullPage = true });
        await page.GetByTestId("print-back").ClickAsync();
        await Expect(page).ToHaveURLAsync(householdUrl);
        await Expect(page.GetByTestId("household-number")).ToHaveTextAsync("SQ-PRINT-1");

        await page.GotoAsync((await page.GetByTestId("household-forms-link").GetAttributeAsync("href"))!);
        await Expect(page.GetByTestId("registration-form")).ToHaveCountAsync(2);
        await Expect(page.GetByTestId("regform-name")).ToHaveTextAsync([head.Name, spouse.Name]);
        await page.GetByTestId("print-back").ClickAsync();
        await Expect(page).ToHaveURLAsync(householdUrl);
    }
}
