using System.Globalization;
using Microsoft.Playwright;
using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Infrastructure.Files;
using static Microsoft.Playwright.Assertions;
using static ResidentMedicalInsurance.Web.EndToEnd.ClerkSteps;

namespace ResidentMedicalInsurance.Web.EndToEnd;

/// <summary>对账单 end to end: a counter payment shows in its period's statement, which balances by channel, lists its differences, prints and exports.</summary>
[Collection(ClerkPortalCollection.Name)]
public sealed class FundStatementTests(ClerkPortal portal, BrowserSession browser)
{
    private const string NormalPeriod = "reconciliation/2019-09-01";

    [Fact]
    public async Task A_counter_payment_adds_to_its_period_whose_statement_balances_by_channel_prints_and_exports()
    {
        var staff = await browser.NewPageAsync(portal.BaseUrl);
        await Demo.SignInAsync(staff, "youxi-staff", path: "/" + NormalPeriod);
        await Expect(staff.GetByTestId("statement-title")).ToContainTextAsync("正常缴费期");
        var before = await CounterAsync(staff);

        var head = new Person("对账甲", IdNumber("350426", new(1966, 6, 6), 71));
        var clerk = await browser.NewPageAsync(portal.BaseUrl);
        await Demo.SignInAsync(clerk, "youxi-clerk", path: "/households/new");
        var spouse = new Person("对账乙", IdNumber("350426", new(1968, 8, 8), 82), "Spouse");
        await RegisterHouseholdAsync(clerk, "YX-REC-1", "城东村", "城东村 21 号", head);
        await AddMemberAsync(clerk, spouse);
        await clerk.GetByTestId("enroll-preview").ClickAsync();
        await clerk.GetByTestId("enroll-save").ClickAsync();
        await Expect(clerk.GetByTestId("member-status")).ToHaveTextAsync(["待缴费", "待缴费"]);
        await Expect(await PayAsync(clerk, head.Name, "YX-REC-V1", new DateTime(2019, 11, 20, 10, 0, 0), "250.00")).ToContainTextAsync("已登记缴费");

        await staff.ReloadAsync();
        var after = await CounterAsync(staff);
        Assert.Equal((before.Persons + 1, before.Total + 1), (after.Persons, after.Total));
        await Expect(staff.GetByTestId("statement-balanced")).ToContainTextAsync("平衡");
        await Expect(staff.Locator("[data-testid=statement-channel][data-channel=wechat]")).ToHaveCountAsync(1);
        await Expect(staff.GetByTestId("signoff")).ToBeVisibleAsync(); // the period has ended (the portal's clock: 2020-11-16)

        // Differences: the county's enrolled but unpaid residents (the spouse among them), paged on the server.
        await staff.GetByTestId("difference-EnrolledNotPaid").ClickAsync();
        await Expect(staff.GetByTestId("difference-row").First).ToBeVisibleAsync();
        await Expect(staff.GetByTestId("difference-row").First).ToContainTextAsync("应缴");

        // Paper and xlsx carry the same total.
        var total = await staff.GetByTestId("statement-total").InnerTextAsync();
        var download = await staff.RunAndWaitForDownloadAsync(() => staff.GetByTestId("statement-export").ClickAsync());
        Assert.Equal("对账单-尤溪县-2020-正常缴费期.xlsx", download.SuggestedFilename);
        var path = Path.Combine(Path.GetTempPath(), $"rmi-statement-{Guid.NewGuid():N}.xlsx");
        await download.SaveAsAsync(path);
        try
        {
            var collected = await ReadCollectedAsync(path);
            Assert.Equal(after.Total.ToString(CultureInfo.InvariantCulture), collected);
        }
        finally
        {
            File.Delete(path);
        }

        await staff.GetByTestId("statement-print").ClickAsync();
        await Expect(staff.GetByTestId("statement-document")).ToContainTextAsync("尤溪县城乡居民医保基金对账单");
        await Expect(staff.GetByTestId("statement-balanced")).ToBeVisibleAsync();
        Assert.Equal(total, await staff.GetByTestId("statement-total").InnerTextAsync());
        await Expect(staff.GetByTestId("print")).ToBeVisibleAsync();
        await Expect(staff.GetByTestId("print-back")).ToHaveTextAsync("返回对账单");

        // Supervisors read the statement; only county staff sign it off.
        var supervisor = await browser.NewPageAsync(portal.BaseUrl);
        await Demo.SignInAsync(supervisor, "youxi-supervisor", path: "/" + NormalPeriod);
        await Expect(supervisor.GetByTestId("statement-balanced")).ToBeVisibleAsync();
        await Expect(supervisor.GetByTestId("signoff")).ToHaveCountAsync(0);
    }

    /// <summary>The counter group's subtotal persons and the period's total persons.</summary>
    private static async Task<(int Persons, int Total)> CounterAsync(IPage page)
    {
        var subtotal = page.Locator("[data-testid=statement-subtotal][data-group=Counter] td");
        await Expect(subtotal.Nth(1)).ToBeVisibleAsync();
        var persons = int.Parse(await subtotal.Nth(1).InnerTextAsync(), CultureInfo.InvariantCulture);
        var total = int.Parse(await page.Locator("[data-testid=statement-total] td").First.InnerTextAsync(), CultureInfo.InvariantCulture);
        return (persons, total);
    }

    /// <summary>The persons of the 本期征收合计 line of the exported statement, read by the portal's own reader.</summary>
    private static async Task<string> ReadCollectedAsync(string path)
    {
        var layout = new TableLayout([new("item", "项目", [], true), new("persons", "人数", [], true)]);
        await using var file = File.OpenRead(path);
        await foreach (var row in new TableFileReader().ReadAsync(file, path, layout, CancellationToken.None))
        {
            if (row.Get("item") == "本期征收合计")
            {
                return row.Get("persons");
            }
        }

        return "";
    }
}
