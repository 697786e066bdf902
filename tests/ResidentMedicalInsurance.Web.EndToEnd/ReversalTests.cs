using static Microsoft.Playwright.Assertions;
using static ResidentMedicalInsurance.Web.EndToEnd.ClerkSteps;

namespace ResidentMedicalInsurance.Web.EndToEnd;

/// <summary>
/// 冲正 (issue 11, ADR 0059) in Chromium: a clerk pays the wrong member and asks for a reversal by keyboard, county
/// staff approve it on /reversals, the clerk sees 待缴费 again, the reversed receipt marked 已冲正 and both steps in the
/// audit log, and pays correctly with the same voucher.
/// </summary>
[Collection(ClerkPortalCollection.Name)]
public sealed class ReversalTests(ClerkPortal portal, BrowserSession browser)
{
    private const string Number = "YX-REV-2020-001";
    private const string Voucher = "YX-REV-V001";

    // ID numbers of their own: the portal is shared with the other clerk tests.
    private static readonly Person Head = new("郑冲正", IdNumber("350426", new(1976, 3, 4), 81));
    private static readonly Person Spouse = new("吴配偶", IdNumber("350426", new(1978, 6, 7), 82), "Spouse");

    [Fact]
    public async Task A_clerk_requests_a_reversal_staff_approve_it_and_the_clerk_pays_correctly()
    {
        var clerk = await browser.NewPageAsync(portal.BaseUrl);
        await Demo.SignInAsync(clerk, "youxi-clerk", path: "/households/new");
        await Expect(clerk.GetByTestId("nav")).ToContainTextAsync("冲正申请");
        await RegisterHouseholdAsync(clerk, Number, "冲正村", "冲正村1组2号", Head);
        var householdUrl = clerk.Url;
        await AddMemberAsync(clerk, Spouse);
        await clerk.GetByTestId("enroll-preview").ClickAsync();
        await Expect(clerk.GetByTestId("quote")).ToHaveCountAsync(2);
        await clerk.GetByTestId("enroll-save").ClickAsync();
        await Expect(clerk.GetByTestId("member-status")).ToHaveTextAsync(["待缴费", "待缴费"]);

        // The spouse's voucher, entered for the head by mistake.
        await Expect(await PayAsync(clerk, Head.Name, Voucher, new(2019, 12, 5, 10, 0, 0), "250.00")).ToContainTextAsync("已登记缴费");
        await Expect(Row(clerk, Head.Name).GetByTestId("member-status")).ToHaveTextAsync("已缴费");

        // 申请冲正 by keyboard: the usual reason has the cursor, Tab to the details, Enter submits.
        await Row(clerk, Head.Name).GetByTestId("reverse").ClickAsync();
        await Expect(clerk.Locator("#reversal-kind")).ToBeFocusedAsync();
        await clerk.Keyboard.PressAsync("Tab");
        await Expect(clerk.Locator("#reversal-note")).ToBeFocusedAsync();
        await clerk.Keyboard.TypeAsync("凭证为配偶所缴");
        await clerk.Keyboard.PressAsync("Enter");
        await Expect(clerk.GetByTestId("page-info")).ToContainTextAsync($"已提交冲正申请（凭证号 {Voucher}，250.00 元）");
        await Expect(Row(clerk, Head.Name).GetByTestId("member-reversal")).ToHaveTextAsync($"冲正待审核（凭证号 {Voucher}）");
        await Expect(Row(clerk, Head.Name).GetByTestId("member-status")).ToHaveTextAsync("已缴费");

        // County staff approve it in their queue, after a rejection without a reason is refused.
        var staff = await browser.NewPageAsync(portal.BaseUrl);
        await Demo.SignInAsync(staff, "youxi-staff", path: "/reversals");
        await Expect(staff.GetByTestId("nav")).ToContainTextAsync("冲正审核");
        var item = staff.Locator($"[data-testid=reversal-item][data-name='{Head.Name}']");
        await Expect(item.GetByTestId("reversal-voucher")).ToHaveTextAsync($"凭证号：{Voucher}");
        await Expect(item.GetByTestId("reversal-reason")).ToHaveTextAsync("冲正原因：录错人员：凭证为配偶所缴");
        await item.GetByTestId("reject").ClickAsync();
        await Expect(item.GetByTestId("decision-error")).ToHaveTextAsync("驳回冲正申请时请填写驳回原因。");
        await item.GetByTestId("approve").ClickAsync();
        await Expect(item.GetByTestId("approve-confirmation")).ToContainTextAsync($"确认冲正{Head.Name}凭证号 {Voucher} 的缴费 250.00 元？");
        await item.GetByTestId("approve-confirm").ClickAsync();
        await Expect(staff.GetByTestId("page-info")).ToContainTextAsync($"已批准冲正：凭证号 {Voucher} 的缴费 250.00 元 已冲正，{Head.Name}的参保登记恢复为待缴费。");
        await Expect(staff.Locator($"[data-testid=reversal-item][data-name='{Head.Name}']")).ToHaveCountAsync(0);
        await Expect(staff.Locator($"[data-testid=history-row][data-name='{Head.Name}']").GetByTestId("history-status")).ToHaveTextAsync("已批准");

        // The clerk: 待缴费 again, the reversed receipt kept and marked.
        await clerk.GotoAsync(householdUrl);
        await Expect(Row(clerk, Head.Name).GetByTestId("pay")).ToBeVisibleAsync(); // interactive
        await Expect(Row(clerk, Head.Name).GetByTestId("member-status")).ToHaveTextAsync("待缴费");
        await Expect(Row(clerk, Head.Name).GetByTestId("member-reversal")).ToHaveTextAsync($"已冲正（凭证号 {Voucher}，250.00 元）");
        var reversedReceipt = await Row(clerk, Head.Name).GetByTestId("reversed-receipt-link").GetAttributeAsync("href");
        await Expect(Row(clerk, Head.Name).GetByTestId("receipt-link")).ToHaveCountAsync(0);

        // Paid correctly: the voucher for the spouse, then the head's own.
        await Expect(await PayAsync(clerk, Spouse.Name, Voucher, new(2019, 12, 5, 10, 0, 0), "250.00")).ToContainTextAsync("已登记缴费");
        await Expect(await PayAsync(clerk, Head.Name, "YX-REV-V002", new(2019, 12, 5, 10, 5, 0), "250.00")).ToContainTextAsync("已登记缴费");
        await Expect(clerk.GetByTestId("member-status")).ToHaveTextAsync(["已缴费", "已缴费"]);

        await clerk.GotoAsync(reversedReceipt!);
        await Expect(clerk.GetByTestId("receipt-reversed")).ToContainTextAsync("已冲正");
        await Expect(clerk.GetByTestId("receipt-reversed")).ToContainTextAsync("录错人员：凭证为配偶所缴");
        await Expect(clerk.GetByTestId("receipt")).ToContainTextAsync(Voucher);

        // The audit log shows the request and the approval, on the request, the payment and the enrolment.
        await clerk.GotoAsync(householdUrl);
        await clerk.GetByTestId("audit-link").ClickAsync();
        await Expect(clerk.GetByTestId("audit-row").Filter(new() { HasText = "冲正申请：新增冲正申请" })).ToHaveCountAsync(1);
        await Expect(clerk.GetByTestId("audit-row").Filter(new() { HasText = "冲正审核（批准）" })).ToHaveCountAsync(3);
    }
}
