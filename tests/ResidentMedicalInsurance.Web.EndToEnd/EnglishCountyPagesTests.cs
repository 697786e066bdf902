using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static ResidentMedicalInsurance.Web.EndToEnd.ClerkSteps;

namespace ResidentMedicalInsurance.Web.EndToEnd;

/// <summary>
/// In English, the county's daily pages hold no Chinese but names, addresses and clause texts: a clerk's search
/// (a refusal, results, an audited reveal), county staff's refund queue (a rejection, a confirmed approval, the
/// history) and the household's audit log with every detail opened.
/// </summary>
[Collection(ClerkPortalCollection.Name)]
public sealed class EnglishCountyPagesTests(ClerkPortal portal, BrowserSession browser)
{
    private const string Number = "EN-2020-002";
    private const string Village = "退费村";
    private const string Address = "退费村2号";

    // ID numbers of their own: the portal is shared with the other clerk tests.
    private static readonly Person Head = new("黄退费", IdNumber("350426", new(1983, 4, 5), 37));
    private static readonly Person Spouse = new("黄二退", IdNumber("350426", new(1984, 2, 3), 48), "Spouse");

    [Fact]
    public async Task Search_refund_queue_and_audit_log_in_English_have_no_Chinese_outside_names_addresses_and_clauses()
    {
        // A clerk, in English: a household of two, enrolled, paid, a refund requested for each.
        var clerk = await browser.NewPageAsync(portal.BaseUrl);
        await Demo.SignInAsync(clerk, "youxi-clerk", path: "/households/new");
        await EnglishUi.SwitchAsync(clerk, "/households/new");
        await RegisterHouseholdAsync(clerk, Number, Village, Address, Head);
        var householdPath = new Uri(clerk.Url).AbsolutePath;
        await AddMemberAsync(clerk, Spouse);
        await clerk.GetByTestId("enroll-preview").ClickAsync();
        await Expect(clerk.GetByTestId("quote")).ToHaveCountAsync(2);
        await clerk.GetByTestId("enroll-save").ClickAsync();
        foreach (var (person, voucher) in new[] { (Head, "EN-V201"), (Spouse, "EN-V202") })
        {
            await Expect(Row(clerk, person.Name).GetByTestId("pay")).ToBeVisibleAsync();
            await Expect(await PayAsync(clerk, person.Name, voucher, new(2019, 12, 5, 10, 0, 0), "250.00")).ToContainTextAsync("Payment of ¥250.00 recorded");
            await Row(clerk, person.Name).GetByTestId("refund").ClickAsync();
            await clerk.SelectOptionAsync("#refund-reason", "Duplicate");
            await clerk.FillAsync("#refund-note", "Paid twice, once by WeChat");
            await clerk.PressAsync("#refund-note", "Enter");
            await Expect(clerk.GetByTestId("page-info")).ToContainTextAsync("Refund request submitted");
        }

        var clerkNames = await EnglishUi.HeaderNamesAsync(clerk);

        // The search: a refusal, then the household's two members, one number revealed with its reason.
        await clerk.GotoAsync("residents");
        await clerk.GetByTestId("search").ClickAsync();
        await Expect(clerk.GetByTestId("error")).ToHaveTextAsync("Enter an ID number, name, household number or phone.");
        await clerk.FillAsync("#search-text", Number);
        await clerk.GetByTestId("search").ClickAsync();
        await Expect(clerk.GetByTestId("result-row")).ToHaveCountAsync(2);
        var headRow = clerk.GetByTestId("result-row").Filter(new() { HasText = Head.Name });
        await RevealAsync(headRow, "Verify identity");
        await Expect(headRow.GetByTestId("result-birth")).ToHaveTextAsync("1983-04-05");
        var townships = await EnglishUi.TextsAsync(clerk, "[data-testid=result-row] td:nth-child(6)");
        await EnglishUi.AssertNoChineseAsync(clerk, "the search page", [.. Names, .. townships, .. clerkNames], root: ".rz-layout");

        // County staff, in English: the queue, a rejection, an approval confirmed, the history.
        var staff = await browser.NewPageAsync(portal.BaseUrl);
        await Demo.SignInAsync(staff, "youxi-staff", path: "/refunds");
        await EnglishUi.SwitchAsync(staff, "/refunds");
        var head = staff.Locator($"[data-testid=refund-item][data-name='{Head.Name}']");
        var spouse = staff.Locator($"[data-testid=refund-item][data-name='{Spouse.Name}']");
        await Expect(head.GetByTestId("refund-amount")).ToHaveTextAsync("Refund amount: ¥250.00");
        var staffNames = await EnglishUi.HeaderNamesAsync(staff);
        string[] names = [.. Names, .. await EnglishUi.TextsAsync(staff, "[data-testid=history-township] option"), .. clerkNames, .. staffNames];
        await AssertNoChineseOnRefundsAsync(staff, "the refund queue", names);

        await spouse.GetByTestId("decision-note").FillAsync("Paid once only: see the bank slip");
        await spouse.GetByTestId("reject").ClickAsync();
        await Expect(staff.GetByTestId("page-info")).ToHaveTextAsync("Refund request rejected.");
        await head.GetByTestId("approve").ClickAsync();
        await Expect(head.GetByTestId("approve-confirmation")).ToContainTextAsync($"Approve the refund of {Head.Name}, paying back ¥250.00?");
        await AssertNoChineseOnRefundsAsync(staff, "an approval to confirm", names);
        await head.GetByTestId("approve-confirm").ClickAsync();
        await Expect(staff.GetByTestId("page-info")).ToContainTextAsync("Refund of ¥250.00 approved");
        await Expect(staff.Locator($"[data-testid=history-row][data-name='{Head.Name}'] [data-testid=history-status]")).ToHaveTextAsync("Approved");
        await Expect(staff.Locator($"[data-testid=history-row][data-name='{Spouse.Name}'] [data-testid=history-status]")).ToHaveTextAsync("Rejected");
        await AssertNoChineseOnRefundsAsync(staff, "the decided requests", names);

        // The household's audit log, every entry's details opened.
        await staff.GotoAsync(householdPath.TrimStart('/') + "/audit");
        await Expect(staff.GetByTestId("audit-summary").First).ToContainTextAsync(", Decide refund: changed refund request");
        await EnglishUi.AssertNoChineseAsync(staff, "the audit log", [.. names, Number], root: ".rz-layout");
    }

    private static string[] Names => [Head.Name, Spouse.Name, Village, Address];

    /// <summary>The refunds page with the header; other tests' requests (with notes of their own) left out.</summary>
    private static Task AssertNoChineseOnRefundsAsync(IPage page, string when, IEnumerable<string> names)
    {
        var others = $":is([data-testid=refund-item], [data-testid=history-row]):not([data-name='{Head.Name}']):not([data-name='{Spouse.Name}'])";
        return EnglishUi.AssertNoChineseAsync(page, when, names, root: ".rz-layout", leaveOut: others);
    }
}
