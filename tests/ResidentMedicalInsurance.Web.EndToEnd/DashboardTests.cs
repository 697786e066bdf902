using System.Globalization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static ResidentMedicalInsurance.Web.EndToEnd.ClerkSteps;

namespace ResidentMedicalInsurance.Web.EndToEnd;

/// <summary>
/// Issue 10's dashboard in Chromium (ADR 0061): a Youxi supervisor sees the fifteen townships with the plans of 附件2, a
/// clerk's payment raises 城关镇's paid count on the next refresh, and the drill-down reaches the named unpaid resident.
/// </summary>
[Collection(ClerkPortalCollection.Name)]
public sealed class DashboardTests(ClerkPortal portal, BrowserSession browser)
{
    [Fact]
    public async Task A_supervisor_sees_the_plans_a_payment_on_refresh_and_drills_down_to_an_unpaid_resident()
    {
        var supervisor = await browser.NewPageAsync(portal.BaseUrl);
        await Demo.SignInAsync(supervisor, "youxi-supervisor", path: "/dashboard");
        var rows = supervisor.GetByTestId("progress-row");
        await Expect(rows).ToHaveCountAsync(15);
        await Expect(rows.First.GetByTestId("progress-township")).ToHaveTextAsync("城关镇");
        await Expect(rows.First.GetByTestId("progress-plan")).ToHaveTextAsync("30,224");
        await Expect(rows.Last.GetByTestId("progress-township")).ToHaveTextAsync("尤溪口镇");
        await Expect(rows.Last.GetByTestId("progress-plan")).ToHaveTextAsync("683");
        await Expect(supervisor.GetByTestId("progress-total").GetByTestId("progress-plan")).ToHaveTextAsync("388,800");
        await Expect(supervisor.GetByTestId("paid-chart")).ToContainTextAsync("任务 388,800 人");
        var before = await PaidAsync(rows.First);

        // A clerk of 城关镇 registers a couple in a village of their own, enrols both and takes the head's payment.
        var head = new Person("进度甲", IdNumber("350426", new(1971, 7, 1), 91));
        var spouse = new Person("进度乙", IdNumber("350426", new(1973, 3, 3), 92), "Spouse");
        var clerk = await browser.NewPageAsync(portal.BaseUrl);
        await Demo.SignInAsync(clerk, "youxi-clerk", path: "/households/new");
        await RegisterHouseholdAsync(clerk, "YX-PROGRESS-1", "进度村", "进度村 1 号", head);
        await AddMemberAsync(clerk, spouse);
        await clerk.GetByTestId("enroll-preview").ClickAsync();
        await clerk.GetByTestId("enroll-save").ClickAsync();
        await Expect(clerk.GetByTestId("member-status")).ToHaveTextAsync(["待缴费", "待缴费"]);
        await Expect(await PayAsync(clerk, head.Name, "YX-PROGRESS-V1", new DateTime(2019, 11, 21, 10, 0, 0), "250.00")).ToContainTextAsync("已登记缴费");

        await supervisor.GetByTestId("refresh").ClickAsync();
        await Expect(rows.First.GetByTestId("progress-paid")).ToHaveTextAsync((before + 1).ToString("N0", CultureInfo.GetCultureInfo("zh-CN")));

        // Sorting by rate puts the best township first; the drill-down: 城关镇 → 进度村 → its unpaid resident.
        await supervisor.GetByTestId("sort-rate").ClickAsync();
        await Expect(supervisor.Locator("th[aria-sort=descending]")).ToContainTextAsync("完成率");
        await supervisor.Locator("[data-testid=progress-township]", new() { HasText = "城关镇" }).ClickAsync();
        var village = supervisor.GetByTestId("village-row").Filter(new() { HasText = "进度村" });
        await Expect(village.GetByTestId("village-unpaid")).ToHaveTextAsync("1");
        await village.GetByTestId("village-unpaid-open").ClickAsync();
        await Expect(supervisor.GetByTestId("worklist-row")).ToHaveCountAsync(1);
        await Expect(supervisor.GetByTestId("worklist-row")).ToContainTextAsync(spouse.Name);
        await Expect(supervisor.GetByTestId("worklist-row")).Not.ToContainTextAsync(spouse.IdNumber);
    }

    private static async Task<int> PaidAsync(ILocator row) =>
        int.Parse(await row.GetByTestId("progress-paid").InnerTextAsync(), NumberStyles.AllowThousands, CultureInfo.GetCultureInfo("zh-CN"));
}
