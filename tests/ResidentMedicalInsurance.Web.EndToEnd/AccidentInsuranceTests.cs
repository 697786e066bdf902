using static Microsoft.Playwright.Assertions;
using static ResidentMedicalInsurance.Web.EndToEnd.ClerkSteps;

namespace ResidentMedicalInsurance.Web.EndToEnd;

/// <summary>
/// 意外伤害补充保险 (尤政办〔2019〕45号 三(三), 六(三); ADR 0069): a Youxi clerk ticks the insurance for one member at
/// enrolment, takes the basic fee, then the 30 yuan premium by the insurer's QR code on its own voucher; the basic
/// receipt does not carry it.
/// </summary>
[Collection(ClerkPortalCollection.Name)]
public sealed class AccidentInsuranceTests(ClerkPortal portal, BrowserSession browser)
{
    [Fact]
    public async Task A_Youxi_clerk_adds_accident_insurance_for_one_member_and_takes_it_apart_from_the_basic_fee()
    {
        var head = new Person("吴意外", IdNumber("350426", new(1975, 2, 3), 55));
        var spouse = new Person("陈配偶", IdNumber("350426", new(1977, 6, 9), 66), "Spouse");

        var page = await browser.NewPageAsync(portal.BaseUrl);
        await Demo.SignInAsync(page, "youxi-clerk", path: "/households/new");
        await RegisterHouseholdAsync(page, "YX-ACC-001", "玉池村", "玉池村9组", head);
        await AddMemberAsync(page, spouse);

        // At enrolment the clerk ticks the accident insurance for the head only.
        await page.GetByTestId("enroll-preview").ClickAsync();
        await Expect(page.GetByTestId("quote")).ToHaveCountAsync(2);
        var headForm = page.Locator($"[data-testid=enroll-member][data-name='{head.Name}']");
        await Expect(headForm.GetByTestId("enroll-accident")).ToBeVisibleAsync();
        await headForm.GetByTestId("enroll-accident").CheckAsync();
        await page.GetByTestId("enroll-save").ClickAsync();
        await Expect(page.GetByTestId("page-info")).ToContainTextAsync("参保登记");
        await Expect(page.GetByTestId("member-status")).ToHaveTextAsync(["待缴费", "待缴费"]);

        var panel = page.GetByTestId("accident-panel");
        await Expect(panel.GetByTestId("accident-basis")).ToContainTextAsync("30");
        var headCover = panel.Locator($"[data-testid=accident-member][data-name='{head.Name}']");
        var spouseCover = panel.Locator($"[data-testid=accident-member][data-name='{spouse.Name}']");
        await Expect(headCover.GetByTestId("accident-pay")).ToBeVisibleAsync();
        await Expect(spouseCover.GetByTestId("accident-choose")).ToBeVisibleAsync();

        // The basic fee: the notice's 250 yuan, nothing more.
        await Expect(await PayAsync(page, head.Name, "youxi-ACC-V001", new(2019, 12, 5, 10, 0, 0), "250.00")).ToContainTextAsync("已登记缴费");
        await Expect(Row(page, head.Name).GetByTestId("member-status")).ToHaveTextAsync("已缴费");

        // The premium on its own: the insurer's QR code, 30.00 yuan, a YW voucher.
        await headCover.GetByTestId("accident-pay").ClickAsync();
        await Expect(page.Locator("#accident-channel")).ToBeFocusedAsync();
        await Expect(page.Locator("#accident-amount")).ToHaveValueAsync("30.00");
        await page.SelectOptionAsync("#accident-channel", "insurer-qr");
        await page.PressAsync("#accident-amount", "Enter");
        await Expect(panel.GetByTestId("accident-info")).ToContainTextAsync("YW2020-");
        await Expect(headCover.GetByTestId("accident-status")).ToContainTextAsync("YW2020-");
        await Expect(spouseCover.GetByTestId("accident-status")).Not.ToContainTextAsync("YW");
        await page.ScreenshotAsync(new() { Path = "/tmp/clerk-ui-accident.png", FullPage = true });

        // Its receipt is the insurer's collection, 30.00 yuan.
        var householdUrl = page.Url;
        var accidentReceipt = await headCover.GetByTestId("accident-receipt-link").GetAttributeAsync("href");
        await page.GotoAsync(accidentReceipt!);
        await Expect(page.GetByTestId("accident-receipt-amount")).ToContainTextAsync("30.00");
        await Expect(page.GetByTestId("accident-receipt-voucher")).ToContainTextAsync("YW2020-");
        await Expect(page.GetByTestId("accident-receipt-name")).ToContainTextAsync(head.Name);
        await page.ScreenshotAsync(new() { Path = "/tmp/clerk-ui-accident-receipt.png", FullPage = true });

        // The basic receipt is the fund's 250.00 yuan: the premium is neither in its amount nor among its vouchers
        // (its basis quotes 三(三), "意外伤害补充保险30元另行自愿缴纳，不含在内").
        await page.GotoAsync(householdUrl);
        var basicReceipt = await Row(page, head.Name).GetByTestId("receipt-link").GetAttributeAsync("href");
        await page.GotoAsync(basicReceipt!);
        await Expect(page.GetByTestId("receipt-amount")).ToHaveTextAsync("250.00 元");
        await Expect(page.GetByTestId("receipt")).Not.ToContainTextAsync("30.00");
        await Expect(page.GetByTestId("receipt")).Not.ToContainTextAsync("YW2020-");
    }
}
