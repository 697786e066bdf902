using System.Diagnostics;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static ResidentMedicalInsurance.Web.EndToEnd.ClerkSteps;

namespace ResidentMedicalInsurance.Web.EndToEnd;

/// <summary>
/// Issue 4's acceptance flow in Chromium for each county: a clerk registers a household of three
/// (a newborn or a student where the county has a rule for it), enrols all, pays, prints the
/// receipt; a refund request is approved by county staff.
/// </summary>
[Collection(ClerkPortalCollection.Name)]
public sealed class ClerkWorkflowTests(ClerkPortal portal, BrowserSession browser)
{
    /// <summary>One county's household and what its notice says about it.</summary>
    public sealed record CountyCase(
        string County, string Region, string Notice, DateTime AdultPaidAt, string AdultFee, string AdultPeriod,
        Person Child, DateTime ChildPaidAt, string? ChildPeriod, string? ChildQuotePeriod)
    {
        public override string ToString() => County;
    }

    public static TheoryData<string> Counties => new() { "lianyungang", "haimen", "shiquan", "youxi" };

    private static CountyCase Case(string county) => county switch
    {
        // 连政办传〔2019〕65号 四: concentrated window; a newborn paid within a month of birth is covered from birth.
        "lianyungang" => new(county, "320703", "65号", new(2019, 12, 5, 10, 0, 0), "260.00", "2020年1月1日 至 2020年12月31日",
            new Person("王小宝", IdNumber("320703", new(2020, 11, 1), 11), "Child", OtherDocument: "BirthCertificate", DocumentNumber: "Q320012345"),
            new(2020, 11, 16, 9, 30, 0), "2020年11月1日 至 2020年12月31日", "2020年11月1日 至 2020年12月31日"),
        // 海门 2020 一: a non-local pupil of a local school is eligible.
        "haimen" => new(county, "320684", "海门", new(2019, 12, 5, 10, 0, 0), "360.00", "2020年1月1日 至 2020年12月31日",
            new Person("王同学", IdNumber("320584", new(2012, 9, 1), 21), "Child", Hukou: "NonLocal", Student: "LocalSchool"),
            new(2019, 12, 5, 10, 30, 0), "2020年1月1日 至 2020年12月31日", null),
        // 石政办函〔2020〕47号 一: today is in the concentrated window for 2021; a local-school pupil.
        "shiquan" => new(county, "610922", "47号", new(2020, 11, 16, 9, 0, 0), "280.00", "2021年1月1日 至 2021年12月31日",
            new Person("王学生", IdNumber("610902", new(2010, 4, 4), 31), "Child", Hukou: "NonLocal", Student: "LocalSchool"),
            new(2020, 11, 16, 9, 30, 0), "2021年1月1日 至 2021年12月31日", "2021年1月1日 至 2021年12月31日"),
        // 尤政办〔2019〕45号 四: an overdue newborn is covered from the day after payment.
        _ => new(county, "350426", "45号", new(2019, 12, 5, 10, 0, 0), "250.00", "2020年1月1日 至 2020年12月31日",
            new Person("王新生", IdNumber("350426", new(2020, 10, 1), 41), "Child", OtherDocument: "BirthCertificate", DocumentNumber: "R350012345"),
            new(2020, 11, 16, 9, 30, 0), "2020年11月17日 至 2020年12月31日", "2020年11月17日 至 2020年12月31日"),
    };

    [Theory]
    [MemberData(nameof(Counties))]
    public async Task Clerk_registers_enrols_pays_prints_and_staff_approve_a_refund(string county)
    {
        var timer = Stopwatch.StartNew();
        var c = Case(county);
        var head = new Person($"王{county[..2]}户主", IdNumber(c.Region, new(1980, 5, 12), 13), Phone: "13800001111");
        var spouse = new Person("李配偶", IdNumber(c.Region, new(1982, 3, 8), 24), "Spouse");
        var number = $"{county.ToUpperInvariant()}-2020-001";

        var page = await browser.NewPageAsync(portal.BaseUrl);
        await Demo.SignInAsync(page, $"{county}-clerk", path: "/households/new");
        await Expect(page.GetByTestId("nav")).ToContainTextAsync("新建户");
        await RegisterHouseholdAsync(page, number, "幸福村", "幸福村3组18号", head);
        await Expect(page.GetByTestId("page-info")).ToContainTextAsync("已建户");
        await AddMemberAsync(page, spouse);
        await AddMemberAsync(page, c.Child);
        await Expect(page.GetByTestId("member-row")).ToHaveCountAsync(3);
        await Expect(Row(page, head.Name)).ToContainTextAsync("男");
        await Expect(Row(page, spouse.Name)).ToContainTextAsync("女");
        await Expect(Row(page, c.Child.Name).GetByTestId("id-number")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d{6}\*{8}\d{3}[\dX]$"));

        // Enrol all three: the preview shows eligibility, fee, benefit period and basis before saving.
        // Starting it drops the add-member panel's last "已登记" message.
        await Expect(page.GetByTestId("member-info")).ToContainTextAsync(c.Child.Name);
        await page.GetByTestId("enroll-preview").ClickAsync();
        await Expect(page.GetByTestId("member-info")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("quote")).ToHaveCountAsync(3);
        var childForm = page.Locator($"[data-testid=enroll-member][data-name='{c.Child.Name}']");
        await Expect(childForm.GetByTestId("quote-summary")).ToContainTextAsync("符合参保条件");
        await Expect(childForm.GetByTestId("quote-basis")).ToContainTextAsync(c.Notice);
        if (c.ChildQuotePeriod is not null)
        {
            await Expect(childForm.GetByTestId("quote-period")).ToHaveTextAsync(c.ChildQuotePeriod);
        }

        await page.GetByTestId("enroll-save").ClickAsync();
        await Expect(page.GetByTestId("page-info")).ToContainTextAsync("参保登记");
        await Expect(page.GetByTestId("member-status")).ToHaveTextAsync(["待缴费", "待缴费", "待缴费"]);

        // Pay: adults with the fee the notice sets; the child first with a wrong amount, refused with the expected one.
        await Expect(await PayAsync(page, head.Name, $"{county}-V001", c.AdultPaidAt, c.AdultFee)).ToContainTextAsync("已登记缴费");
        await Expect(await PayAsync(page, spouse.Name, $"{county}-V002", c.AdultPaidAt, c.AdultFee)).ToContainTextAsync("已登记缴费");
        var refused = await PayAsync(page, c.Child.Name, $"{county}-V003", c.ChildPaidAt, "1.00");
        await Expect(refused).ToContainTextAsync("缴费金额不符");
        var due = ExpectedAmount(await refused.InnerTextAsync());
        Assert.NotEmpty(due);
        await page.FillAsync("#pay-amount", due);
        await page.PressAsync("#pay-amount", "Enter");
        await Expect(page.GetByTestId("page-info")).ToContainTextAsync("已登记缴费");
        await Expect(page.GetByTestId("member-status")).ToHaveTextAsync(["已缴费", "已缴费", "已缴费"]);
        await Expect(Row(page, head.Name).GetByTestId("member-period")).ToHaveTextAsync(c.AdultPeriod);
        if (county == "youxi")
        {
            await page.ScreenshotAsync(new() { Path = "/tmp/clerk-ui-household.png", FullPage = true });
        }

        // Refund request for the head (duplicate payment): the policy sets the amount.
        await Row(page, head.Name).GetByTestId("refund").ClickAsync();
        await Expect(page.Locator("#refund-reason")).ToBeFocusedAsync();
        await page.SelectOptionAsync("#refund-reason", "Duplicate");
        await page.FillAsync("#refund-note", "同一年度已通过微信重复缴费");
        await page.PressAsync("#refund-note", "Enter");
        await Expect(page.GetByTestId("page-info")).ToContainTextAsync("已提交退费申请");
        await Expect(Row(page, head.Name).GetByTestId("member-refund")).ToHaveTextAsync($"退费待审核（{c.AdultFee} 元）");

        // The receipt: amount, benefit period and basis, print-ready without the portal's menu.
        var householdUrl = page.Url;
        var receipt = await Row(page, c.Child.Name).GetByTestId("receipt-link").GetAttributeAsync("href");
        await page.GotoAsync(receipt!);
        await Expect(page.GetByTestId("receipt-amount")).ToHaveTextAsync($"{due} 元");
        if (c.ChildPeriod is not null)
        {
            await Expect(page.GetByTestId("receipt-period")).ToHaveTextAsync(c.ChildPeriod);
        }

        await Expect(page.GetByTestId("receipt-basis")).ToContainTextAsync(c.Notice);
        await Expect(page.GetByTestId("receipt")).ToContainTextAsync(c.Child.Name);
        await Expect(page.GetByTestId("nav")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("print")).ToBeVisibleAsync();
        if (county == "lianyungang")
        {
            await page.ScreenshotAsync(new() { Path = "/tmp/clerk-ui-receipt.png", FullPage = true });
        }

        // County staff approve it in their queue.
        var staff = await browser.NewPageAsync(portal.BaseUrl);
        await Demo.SignInAsync(staff, $"{county}-staff", path: "/refunds");
        await Expect(staff.GetByTestId("nav")).ToContainTextAsync("退费审核");
        await Expect(staff.GetByTestId("nav")).Not.ToContainTextAsync("新建户");
        var item = staff.Locator($"[data-testid=refund-item][data-name='{head.Name}']");
        await Expect(item.GetByTestId("refund-amount")).ToContainTextAsync(c.AdultFee);
        await Expect(item.GetByTestId("id-number")).ToHaveTextAsync(head.IdNumber[..6] + "********" + head.IdNumber[14..]);
        await RevealAsync(item, "办理退费");
        await Expect(item.GetByTestId("id-number")).ToHaveTextAsync(head.IdNumber);
        await item.GetByTestId("reject").ClickAsync();
        await Expect(item.GetByTestId("decision-error")).ToContainTextAsync("驳回原因");
        var endsEnrollment = (await item.InnerTextAsync()).Contains("批准后终止参保", StringComparison.Ordinal);
        await item.GetByTestId("approve").ClickAsync();
        await item.GetByTestId("approve-confirm").ClickAsync();
        await Expect(staff.GetByTestId("page-info")).ToContainTextAsync("已批准退费");
        await Expect(staff.Locator($"[data-testid=refund-item][data-name='{head.Name}']")).ToHaveCountAsync(0);
        await Expect(staff.Locator($"[data-testid=history-row][data-name='{head.Name}']").GetByTestId("history-status")).ToHaveTextAsync("已批准");

        // The reveal in the queue is on the household's audit log (操作日志) as 查看 by staff.
        await staff.GotoAsync(householdUrl);
        await staff.GetByTestId("audit-link").ClickAsync();
        await Expect(staff.GetByTestId("audit-row").Filter(new() { HasText = "查看" })).ToHaveCountAsync(1);
        await Expect(staff.GetByTestId("audit-reason")).ToHaveTextAsync("查看事由：办理退费");

        // Approval ended or kept the enrolment as the policy said.
        await page.GotoAsync(householdUrl);
        await Expect(Row(page, head.Name).GetByTestId("member-status")).ToHaveTextAsync(endsEnrollment ? "已终止" : "已缴费");

        // The registration form (参保登记表) of the child: amount, benefit period fixed at payment, basis.
        await page.GotoAsync((await Row(page, c.Child.Name).GetByTestId("registration-link").GetAttributeAsync("href"))!);
        await Expect(page.GetByTestId("regform-name")).ToHaveTextAsync(c.Child.Name);
        await Expect(page.GetByTestId("regform-amount")).ToHaveTextAsync($"{due} 元");
        if (c.ChildPeriod is not null)
        {
            await Expect(page.GetByTestId("regform-period")).ToHaveTextAsync(c.ChildPeriod);
        }

        await Expect(page.GetByTestId("regform-basis")).ToContainTextAsync(c.Notice);
        if (county == "haimen")
        {
            await page.ScreenshotAsync(new() { Path = "/tmp/clerk-ui-registration-form.png", FullPage = true });
        }

        Assert.True(timer.Elapsed < TimeSpan.FromSeconds(40), $"{county}: {timer.Elapsed.TotalSeconds:0.0} s");
    }
}
