using System.Text;
using static Microsoft.Playwright.Assertions;
using static ResidentMedicalInsurance.Web.EndToEnd.ClerkSteps;

namespace ResidentMedicalInsurance.Web.EndToEnd;

/// <summary>部门代缴 end to end: a roster approved, the clerk enrols the waived resident, the department's batch pays them.</summary>
[Collection(ClerkPortalCollection.Name)]
public sealed class DepartmentPaymentTests(ClerkPortal portal, BrowserSession browser)
{
    [Fact]
    public async Task A_department_batch_payment_marks_its_waived_residents_paid()
    {
        var head = new Person("代缴甲", IdNumber("350426", new(1955, 3, 3), 91));
        var clerk = await browser.NewPageAsync(portal.BaseUrl);
        await Demo.SignInAsync(clerk, "youxi-clerk", path: "/households/new");
        await RegisterHouseholdAsync(clerk, "YX-DEP-1", "城东村", "城东村 9 号", head);
        var household = clerk.Url;

        // County staff approve the 民政局's change roster naming them (第一类医疗救助对象, no cut-off).
        var staff = await browser.NewPageAsync(portal.BaseUrl);
        await Demo.SignInAsync(staff, "youxi-staff", path: "/rosters");
        await Expect(staff.Locator("#roster-year")).ToHaveValueAsync("2020"); // set once the page is interactive
        await staff.FillAsync("#roster-department", "民政局");
        await staff.SelectOptionAsync("#roster-kind", "Change");
        await staff.SetInputFilesAsync("#roster-file", new Microsoft.Playwright.FilePayload
        {
            Name = "民政局医疗救助.csv",
            MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes($"姓名,身份证号,资助类别,认定日期\r\n{head.Name},{head.IdNumber},第一类医疗救助对象,2019-10-01\r\n"),
        });
        await staff.GetByTestId("roster-submit").ClickAsync();
        var roster = staff.Locator("[data-testid=roster][data-file='民政局医疗救助.csv']");
        await Expect(roster.GetByTestId("roster-status")).ToHaveTextAsync("待审核", new() { Timeout = 30_000 });
        await roster.GetByTestId("roster-open").ClickAsync();
        await staff.GetByTestId("approve-all").ClickAsync();
        await staff.GetByTestId("approve-all-confirm").ClickAsync();
        await Expect(staff.GetByTestId("review-info")).ToContainTextAsync("已审核通过 1 行");

        // The clerk enrols them: nothing is due at the counter.
        await clerk.GotoAsync(household);
        await clerk.GetByTestId("enroll-preview").ClickAsync();
        await Expect(clerk.GetByTestId("enroll-certification")).ToContainTextAsync("民政局医疗救助.csv");
        await clerk.GetByTestId("enroll-save").ClickAsync();
        await Expect(Row(clerk, head.Name).GetByTestId("member-status")).ToHaveTextAsync("待缴费");

        // The department's batch pays everyone of its list at once.
        await staff.GotoAsync("rosters/payments");
        await staff.SelectOptionAsync("[data-testid=payments-department]", "民政局");
        await Expect(staff.GetByTestId("payments-item").Filter(new() { HasText = head.Name })).ToHaveCountAsync(1);
        await staff.FillAsync("#batch-number", "MZ-DB-001");
        await staff.FillAsync("#batch-paid-at", "2019-12-05 10:00");
        await staff.PressAsync("#batch-paid-at", "Enter");
        await Expect(staff.GetByTestId("payments-info")).ToContainTextAsync("已记录批次 MZ-DB-001");

        await clerk.ReloadAsync();
        await Expect(Row(clerk, head.Name).GetByTestId("member-status")).ToHaveTextAsync("已缴费");
    }
}
