using System.Text;
using static Microsoft.Playwright.Assertions;
using static ResidentMedicalInsurance.Web.EndToEnd.ClerkSteps;

namespace ResidentMedicalInsurance.Web.EndToEnd;

/// <summary>已缴费信息 end to end: county staff import the tax bureau's file, read the outcomes, apply it, see the unenrolled payer among the statement's differences; the clerk sees the payment.</summary>
[Collection(ClerkPortalCollection.Name)]
public sealed class PaidFileTests(ClerkPortal portal, BrowserSession browser)
{
    [Fact]
    public async Task County_staff_import_a_paid_file_see_its_outcomes_and_apply_it()
    {
        var head = new Person("税缴甲", IdNumber("350426", new(1966, 6, 6), 93));
        var clerk = await browser.NewPageAsync(portal.BaseUrl);
        await Demo.SignInAsync(clerk, "youxi-clerk", path: "/households/new");
        await RegisterHouseholdAsync(clerk, "YX-TAX-1", "城东村", "城东村 11 号", head);
        var household = clerk.Url;
        var late = new Person("税缴乙", IdNumber("350426", new(1967, 7, 7), 95));
        await clerk.GotoAsync("households/new");
        await RegisterHouseholdAsync(clerk, "YX-TAX-2", "城东村", "城东村 12 号", late);
        var lateHousehold = clerk.Url;
        await clerk.GotoAsync(household);
        await clerk.GetByTestId("enroll-preview").ClickAsync();
        await clerk.GetByTestId("enroll-save").ClickAsync();
        await Expect(Row(clerk, head.Name).GetByTestId("member-status")).ToHaveTextAsync("待缴费");

        var staff = await browser.NewPageAsync(portal.BaseUrl);
        await Demo.SignInAsync(staff, "youxi-staff", path: "/tax/paid");
        await Expect(staff.GetByTestId("paid-submit")).ToBeEnabledAsync(); // interactive
        await staff.SetInputFilesAsync("#paid-file", new Microsoft.Playwright.FilePayload
        {
            Name = "已缴费信息-2019-12.csv",
            MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes(
                "身份证号,姓名,缴费年度,缴费金额,缴费时间,缴费渠道,电子税票号,征收机关\r\n" +
                $"{head.IdNumber},{head.Name},2020,250.00,2019-12-05 10:00,微信,E2E-T001,尤溪县税务局\r\n" +
                "350426199001011230,某某,2020,250.00,2019-12-05 10:00,微信,E2E-T002,尤溪县税务局\r\n" +
                $"{late.IdNumber},{late.Name},2020,250.00,2019-12-06 10:00,银行,E2E-T003,尤溪县税务局\r\n"),
        });
        await staff.GetByTestId("paid-submit").ClickAsync();
        var file = staff.Locator("[data-testid=paid-file-row][data-file='已缴费信息-2019-12.csv']");
        await Expect(file.GetByTestId("paid-status")).ToHaveTextAsync("待入账", new() { Timeout = 30_000 });
        await Expect(file.GetByTestId("paid-outcome-recorded")).ToContainTextAsync("1");
        await file.GetByTestId("paid-outcome-invalid-id").ClickAsync();
        await Expect(staff.GetByTestId("paid-record")).ToContainTextAsync("身份证号不正确");

        await file.GetByTestId("paid-apply").ClickAsync();
        await staff.GetByTestId("paid-apply-confirm").ClickAsync();
        // 入账 runs as a job (ADR 0056): the page says so and shows 入账中 until the job has committed.
        await Expect(staff.GetByTestId("paid-info")).ToContainTextAsync("正在后台入账");
        await Expect(file.GetByTestId("paid-status")).ToHaveTextAsync("已入账", new() { Timeout = 30_000 });

        // The fund statement's differences list the payer not yet enrolled (ADR 0057).
        await staff.GotoAsync("reconciliation/2019-09-01");
        await staff.GetByTestId("difference-PaidNotEnrolled").ClickAsync();
        await Expect(staff.GetByTestId("difference-row").Filter(new() { HasText = "E2E-T003" })).ToContainTextAsync(late.Name);

        await clerk.GotoAsync(household);
        await Expect(Row(clerk, head.Name).GetByTestId("member-status")).ToHaveTextAsync("已缴费");

        // The payer without an enrolment waits on their household until the clerk confirms.
        await clerk.GotoAsync(lateHousehold);
        await Expect(clerk.GetByTestId("paid-awaiting-item")).ToContainTextAsync("E2E-T003");
        await clerk.GetByTestId("paid-awaiting-confirm").ClickAsync();
        await Expect(clerk.GetByTestId("page-info")).ToContainTextAsync("已为税缴乙办理参保登记");
        await Expect(Row(clerk, late.Name).GetByTestId("member-status")).ToHaveTextAsync("已缴费");
    }
}
