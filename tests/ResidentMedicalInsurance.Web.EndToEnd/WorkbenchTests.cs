using System.Text.RegularExpressions;
using MiniExcelLibs;
using static Microsoft.Playwright.Assertions;

namespace ResidentMedicalInsurance.Web.EndToEnd;

/// <summary>The clerk's 工作台 (ADR 0063) on the demo data: 续保未缴 lists a renewed, unpaid demo family, filtered by village, and exports as xlsx.</summary>
[Collection(PortalCollection.Name)]
public sealed class WorkbenchTests(PortalServer portal, BrowserSession browser)
{
    [Fact]
    public async Task The_clerks_workbench_lists_a_renewed_unpaid_demo_resident_and_exports_the_list_as_xlsx()
    {
        var head = RosterFiles.DemoIdNumber("youxi", "YX-DEMO-005", "黄建新");
        var page = await browser.NewPageAsync(portal.BaseUrl);
        await Demo.SignInAsync(page, "youxi-clerk", path: "/");

        await Expect(page.GetByTestId("today-summary")).ToContainTextAsync("今日缴费");
        var tab = page.Locator("[data-testid=worklist-tab][data-kind=renewed]");
        await Expect(tab).ToContainTextAsync("续保未缴");
        await tab.ClickAsync();
        await Expect(page.Locator("[data-testid=worklist][data-kind=renewed]")).ToBeVisibleAsync();
        var row = page.Locator("[data-testid=worklist-row][data-name='黄建新']");
        await Expect(row).ToBeVisibleAsync();
        await Expect(row.GetByTestId("worklist-id")).ToContainTextAsync("*");
        await Expect(page.GetByTestId("worklist")).Not.ToContainTextAsync(head);
        await Expect(row.GetByTestId("worklist-note")).ToHaveTextAsync("续保");

        // One village: the demo family of two.
        // The village filter offers the clerk's villages (from the progress counters).
        await Expect(page.Locator("#worklist-villages option[value='城北村']")).ToHaveCountAsync(1);
        await page.FillAsync("#worklist-village", "城北村");
        await page.GetByTestId("worklist-search").ClickAsync();
        await Expect(page.GetByTestId("worklist-row")).ToHaveCountAsync(2);
        await Expect(page.GetByTestId("history-range")).ToHaveTextAsync("第 1–2 条，共 2 条");

        // The demo's unfiltered list may hold the same two rows: the export link naming the village is what shows the
        // search has been answered (under load the click could otherwise export the list from before it).
        await Expect(page.GetByTestId("worklist-export")).ToHaveAttributeAsync("href", new Regex("village="));

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("worklist-export").ClickAsync());
        Assert.StartsWith("续保未缴-城北村-", download.SuggestedFilename, StringComparison.Ordinal);
        var path = Path.Combine(Path.GetTempPath(), $"rmi-worklist-{Guid.NewGuid():N}.xlsx");
        await download.SaveAsAsync(path);
        try
        {
            var rows = MiniExcel.Query(path, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
            Assert.Equal(["黄建新", "吴丽萍"], rows.Select(r => r["姓名"]?.ToString()));
            Assert.All(rows, r => Assert.Equal(("YX-DEMO-005", "城北村", "续保"), (r["户号"]?.ToString(), r["村（社区）"]?.ToString(), r["备注"]?.ToString())));
            Assert.Contains("*", rows[0]["身份证号（已遮蔽）"]?.ToString(), StringComparison.Ordinal);
            Assert.Equal(head[..4], rows[0]["身份证号（已遮蔽）"]?.ToString()?[..4]);
            Assert.DoesNotContain(rows, r => r.Values.Any(v => v?.ToString() == head));
        }
        finally
        {
            File.Delete(path);
        }

        // Each row opens its household.
        await row.GetByTestId("worklist-household").ClickAsync();
        await Expect(page.GetByTestId("household-number")).ToHaveTextAsync("YX-DEMO-005");
    }
}
