using static Microsoft.Playwright.Assertions;
using static ResidentMedicalInsurance.Web.EndToEnd.ClerkSteps;

namespace ResidentMedicalInsurance.Web.EndToEnd;

/// <summary>
/// 一人一保 (石政办函〔2020〕47号 六(一)2, ADR 0067): a resident enrolled in Youxi for 2020 cannot be enrolled in Haimen for 2020;
/// the Haimen clerk reads that the person is enrolled elsewhere and nothing of the Youxi record.
/// </summary>
[Collection(ClerkPortalCollection.Name)]
public sealed class OnePersonOneInsuranceTests(ClerkPortal portal, BrowserSession browser)
{
    [Fact]
    public async Task A_Haimen_clerk_enrolling_an_ID_enrolled_in_Youxi_is_told_so_and_learns_nothing_else()
    {
        var person = new Person("郑一保", IdNumber("350426", new(1979, 7, 7), 71));

        var youxi = await browser.NewPageAsync(portal.BaseUrl);
        await Demo.SignInAsync(youxi, "youxi-clerk", path: "/households/new");
        await RegisterHouseholdAsync(youxi, "YX-1R1B-001", "玉池村", "玉池村7组", person);
        await youxi.GetByTestId("enroll-preview").ClickAsync();
        await youxi.GetByTestId("enroll-save").ClickAsync();
        await Expect(youxi.GetByTestId("member-status")).ToHaveTextAsync(["待缴费"]);

        var haimen = await browser.NewPageAsync(portal.BaseUrl);
        await Demo.SignInAsync(haimen, "haimen-clerk", path: "/households/new");
        await RegisterHouseholdAsync(haimen, "HM-1R1B-001", "江心沙村", "江心沙村7组", person with { Hukou = "Local" });
        await haimen.GetByTestId("enroll-preview").ClickAsync();
        await Expect(haimen.GetByTestId("quote")).ToHaveCountAsync(1);
        await haimen.GetByTestId("enroll-save").ClickAsync();

        var error = haimen.GetByTestId("enroll-error");
        await Expect(error).ToContainTextAsync("一人一保");
        await Expect(error).ToContainTextAsync("郑一保");
        var text = await error.InnerTextAsync();
        foreach (var secret in new[] { "尤溪", "YX-1R1B-001", "玉池村", "待缴费" })
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        }

        await Expect(haimen.GetByTestId("member-status")).ToHaveTextAsync(["未登记"]);
        await Expect(haimen.Locator("body")).Not.ToContainTextAsync("尤溪");
        await haimen.ScreenshotAsync(new() { Path = "/tmp/clerk-ui-one-person-one-insurance.png", FullPage = true });
    }
}
