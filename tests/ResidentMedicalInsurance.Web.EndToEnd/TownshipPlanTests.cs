using static Microsoft.Playwright.Assertions;

namespace ResidentMedicalInsurance.Web.EndToEnd;

/// <summary>
/// Township plans in Chromium (ADR 0062): a Haimen supervisor, whose notice gives no township table, types a plan and the
/// dashboard measures the township against it; Youxi's plans come from its notice and cannot be changed.
/// </summary>
[Collection(ClerkPortalCollection.Name)]
public sealed class TownshipPlanTests(ClerkPortal portal, BrowserSession browser)
{
    [Fact]
    public async Task A_supervisor_types_a_plan_the_dashboard_uses_it_and_a_notice_plan_stays_as_the_notice_gave_it()
    {
        var page = await browser.NewPageAsync(portal.BaseUrl);
        await Demo.SignInAsync(page, "haimen-supervisor", path: "/plans");
        var first = page.GetByTestId("plan-row").First;
        await first.GetByTestId("plan-persons").FillAsync("65000");
        await first.GetByTestId("plan-persons").PressAsync("Enter");
        await Expect(page.GetByTestId("plan-grid-info")).ToBeVisibleAsync();

        await page.GotoAsync("dashboard");
        await Expect(page.GetByTestId("progress-row").First.GetByTestId("progress-plan")).ToHaveTextAsync("65,000");

        var youxi = await browser.NewPageAsync(portal.BaseUrl);
        await Demo.SignInAsync(youxi, "youxi-supervisor", path: "/plans");
        await Expect(youxi.GetByTestId("plan-row").First.GetByTestId("plan-source")).ToContainTextAsync("通知");
        await Expect(youxi.GetByTestId("plan-row").First.GetByTestId("plan-persons")).ToHaveCountAsync(0);
    }
}
