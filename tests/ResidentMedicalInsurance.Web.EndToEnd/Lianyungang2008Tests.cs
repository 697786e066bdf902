using static Microsoft.Playwright.Assertions;
using static ResidentMedicalInsurance.Web.EndToEnd.ClerkSteps;

namespace ResidentMedicalInsurance.Web.EndToEnd;

/// <summary>连政办发〔2007〕149号 第二条: a household enrols as a unit; leaving a member out is refused naming them.</summary>
[Collection(Lianyungang2008Collection.Name)]
public sealed class Lianyungang2008Tests(Lianyungang2008Portal portal, BrowserSession browser)
{
    [Fact]
    public async Task The_household_rule_refuses_an_enrolment_that_leaves_a_member_out()
    {
        var page = await browser.NewPageAsync(portal.BaseUrl);
        await Demo.SignInAsync(page, "lianyungang-clerk", path: "/households/new");
        await RegisterHouseholdAsync(page, "LYG-2008-1", "新浦街道", "新浦路8号", new Person("刘一", IdNumber("320703", new(1970, 1, 1), 11)));
        await AddMemberAsync(page, new Person("陈二", IdNumber("320703", new(1972, 2, 2), 22), "Spouse"));
        await AddMemberAsync(page, new Person("刘三", IdNumber("320703", new(2000, 3, 3), 33), "Child"));

        await Expect(page.GetByTestId("enroll-form")).ToContainTextAsync("连政办发〔2007〕149号");
        await page.Locator("[data-testid=enroll-member][data-name='陈二']").GetByTestId("enroll-select").UncheckAsync();
        await page.GetByTestId("enroll-preview").ClickAsync();
        await Expect(page.GetByTestId("quote")).ToHaveCountAsync(2);
        await page.GetByTestId("enroll-save").ClickAsync();
        var error = page.GetByTestId("enroll-error");
        await Expect(error).ToContainTextAsync("陈二");
        await Expect(error).ToContainTextAsync("第二条");
        await page.ScreenshotAsync(new() { Path = "/tmp/clerk-ui-lianyungang-2008.png", FullPage = true });
        await Expect(page.GetByTestId("member-status")).ToHaveTextAsync(["未登记", "未登记", "未登记"]);

        await page.Locator("[data-testid=enroll-member][data-name='陈二']").GetByTestId("enroll-select").CheckAsync();
        await page.GetByTestId("enroll-preview").ClickAsync();
        await Expect(page.GetByTestId("quote")).ToHaveCountAsync(3);
        await Expect(page.GetByTestId("quote-fee").First).ToHaveTextAsync("120.00 元");
        await page.GetByTestId("enroll-save").ClickAsync();
        await Expect(page.GetByTestId("page-info")).ToContainTextAsync("3 人新登记");
        await Expect(page.GetByTestId("member-status")).ToHaveTextAsync(["待缴费", "待缴费", "待缴费"]);
    }
}
