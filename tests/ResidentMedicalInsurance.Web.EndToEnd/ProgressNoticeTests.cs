using static Microsoft.Playwright.Assertions;

namespace ResidentMedicalInsurance.Web.EndToEnd;

/// <summary>
/// The monthly progress notice in Chromium (ADR 0064): a Youxi supervisor issues the notice as of 2019-12-31, opens the
/// frozen, ranked township table, prints it and downloads its xlsx (and its PDF where the portal has Chromium); the same
/// day cannot be issued twice.
/// </summary>
[Collection(ClerkPortalCollection.Name)]
public sealed class ProgressNoticeTests(ClerkPortal portal, BrowserSession browser)
{
    [Fact]
    public async Task A_supervisor_issues_opens_prints_and_exports_the_notice_and_the_day_is_not_issued_twice()
    {
        var page = await browser.NewPageAsync(portal.BaseUrl);
        await Demo.SignInAsync(page, "youxi-supervisor", path: "/notices");
        await page.GetByTestId("notice-date").FillAsync("2019-12-31");
        await page.GetByTestId("notice-issue").ClickAsync();
        await page.GetByTestId("notice-issued").ClickAsync();

        await Expect(page.GetByTestId("notice-title")).ToContainTextAsync("2019年12月31日");
        await Expect(page.GetByTestId("notice-line")).ToHaveCountAsync(15);
        await Expect(page.GetByTestId("notice-rank").First).ToHaveTextAsync("1");
        await Expect(page.GetByTestId("notice-total")).ToContainTextAsync("388,800");

        var xlsx = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("notice-export").ClickAsync());
        Assert.EndsWith(".xlsx", xlsx.SuggestedFilename, StringComparison.Ordinal);
        var path = Path.Combine(Path.GetTempPath(), $"rmi-notice-{Guid.NewGuid():N}.xlsx");
        await xlsx.SaveAsAsync(path);
        try
        {
            var bytes = await File.ReadAllBytesAsync(path);
            Assert.Equal((byte)'P', bytes[0]); // a zip: an xlsx workbook
            Assert.Equal((byte)'K', bytes[1]);
        }
        finally
        {
            File.Delete(path);
        }

        if (await page.GetByTestId("notice-pdf").CountAsync() > 0)
        {
            var pdf = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("notice-pdf").ClickAsync());
            var pdfPath = Path.Combine(Path.GetTempPath(), $"rmi-notice-{Guid.NewGuid():N}.pdf");
            await pdf.SaveAsAsync(pdfPath);
            try
            {
                Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString((await File.ReadAllBytesAsync(pdfPath))[..4]), StringComparison.Ordinal);
            }
            finally
            {
                File.Delete(pdfPath);
            }
        }

        await page.GetByTestId("notice-print").ClickAsync();
        await Expect(page.GetByTestId("notice-document")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("print")).ToBeVisibleAsync();

        await page.GotoAsync("notices");
        await page.GetByTestId("notice-date").FillAsync("2019-12-31");
        await page.GetByTestId("notice-issue").ClickAsync();
        await Expect(page.GetByTestId("notice-error")).ToContainTextAsync("不能重复通报");
        await Expect(page.GetByTestId("notice-existing")).ToBeVisibleAsync();
    }
}
