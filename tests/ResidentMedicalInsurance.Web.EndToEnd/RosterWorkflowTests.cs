using System.Diagnostics;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;
using static ResidentMedicalInsurance.Web.EndToEnd.ClerkSteps;

namespace ResidentMedicalInsurance.Web.EndToEnd;

/// <summary>
/// 资助名单 end to end in Youxi: county staff upload a department's xlsx, watch it being matched, approve it and
/// download the feedback list; the township clerk then sees the waived amount with the roster named.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class RosterWorkflowTests(PortalServer portal, BrowserSession browser, ITestOutputHelper output)
{
    private const string Department = "残疾人联合会";
    private const string FileName = "残联资助名单2020-e2e.xlsx";

    /// <summary>
    /// Rows enough for several import batches and seconds (3,000 took 1–3 s here, at times all between two polls of the
    /// list), so the once-a-second list shows the job reading or matching at least once.
    /// </summary>
    private const int Unregistered = 20_000;

    [Fact]
    public async Task Staff_upload_a_roster_watch_it_match_approve_it_and_the_clerk_sees_the_waived_amount_with_the_roster_named()
    {
        var test = Stopwatch.StartNew();

        // 卢美玲 (YX-DEMO-003) is enrolled for 2020 and has not paid; canji (残疾人) certified by 2019-09-30 is waived.
        var lu = RosterFiles.DemoIdNumber("youxi", "YX-DEMO-003", "卢美玲");
        var zhan = RosterFiles.DemoIdNumber("youxi", "YX-DEMO-003", "詹梓涵");
        var ji = RosterFiles.DemoIdNumber("youxi", "YX-DEMO-004", "纪长生");
        var su = RosterFiles.DemoIdNumber("youxi", "YX-DEMO-004", "苏丽华");
        var jiYu = RosterFiles.DemoIdNumber("youxi", "YX-DEMO-004", "纪宇航");
        var certified = new DateOnly(2019, 9, 1);
        IReadOnlyList<object?>[] named =
        [
            ["卢美玲", lu, "残疾人", Department, certified, "梅仙镇", "梅营村", null, "新增"],
            ["詹子涵", zhan, "canji", Department, certified, "梅仙镇", "梅营村", null, "新增"],
            ["纪长生", ji, "canji", Department, new DateOnly(2019, 10, 15), "梅仙镇", "半山村", null, "新增"],
            ["苏丽华", su, "低保户", Department, certified, "梅仙镇", "半山村", null, "新增"],
            ["纪宇航", jiYu, "canji", Department, certified, "大田县", "", null, "新增"],
            ["卢美玲", lu, "canji", Department, certified, "梅仙镇", "梅营村", null, "新增"],
            ["王五", "35042619851218123", "canji", Department, certified, "", "", null, "新增"],
        ];
        var content = await RosterFiles.XlsxAsync([.. named, .. RosterFiles.Unregistered(Unregistered, "canji", Department, certified)]);
        var total = named.Length + Unregistered;

        var page = await browser.NewPageAsync(portal.BaseUrl);
        await Demo.SignInAsync(page, "youxi-staff", path: "/rosters");
        await Expect(page.Locator("#roster-year")).ToHaveValueAsync("2020");
        await WatchRosterListAsync(page);
        await page.FillAsync("#roster-department", Department);
        await page.Locator("#roster-file").SetInputFilesAsync(new FilePayload
        {
            Name = FileName, MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Buffer = content,
        });
        var timer = Stopwatch.StartNew();
        await page.GetByTestId("roster-submit").ClickAsync();

        var roster = page.Locator($"[data-testid=roster][data-file='{FileName}']");
        await Expect(roster.GetByTestId("roster-status")).ToHaveTextAsync("待审核", new() { Timeout = 120_000 });
        var imported = timer.Elapsed;
        var seen = await page.EvaluateAsync<string[]>("file => window.rosterSeen.filter(s => s.file === file).map(s => s.status + (s.bar ? ' [bar] ' : ' ') + s.progress)", FileName);
        output.WriteLine($"{total} rows: upload to 待审核 in {imported.TotalSeconds:0.0} s; the list showed: {string.Join(" | ", seen.Distinct())}");
        Assert.Contains(seen, s => (s.StartsWith("读取中", StringComparison.Ordinal) || s.StartsWith("比对中", StringComparison.Ordinal)) && s.Contains("[bar]", StringComparison.Ordinal));
        await Expect(roster).ToContainTextAsync($"{total} 行");

        // Review: one row per outcome besides the matched one and the unregistered ones.
        await roster.GetByTestId("roster-open").ClickAsync();
        await Expect(page.GetByTestId("review-status")).ToHaveTextAsync("待审核");
        foreach (var (outcome, count) in new[]
        {
            ("matched", 1), ("not-registered", Unregistered), ("name-mismatch", 1), ("late-certification", 1),
            ("unknown-category", 1), ("not-in-scope", 1), ("duplicate-in-file", 1), ("invalid-id", 1),
        })
        {
            await Expect(page.GetByTestId($"outcome-{outcome}").GetByTestId("outcome-count")).ToHaveTextAsync(count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        // Each count filters the rows, paged on the server; the filter on is pressed.
        var notRegistered = page.GetByTestId("outcome-not-registered");
        await notRegistered.ClickAsync();
        await Expect(notRegistered).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(page.GetByTestId("rows-page")).ToHaveTextAsync($"第 1–50 行，共 {Unregistered} 行");
        await Expect(page.GetByTestId("roster-row")).ToHaveCountAsync(50);
        await page.GetByTestId("outcome-all").ClickAsync();
        await Expect(page.GetByTestId("rows-page")).ToHaveTextAsync($"第 1–50 行，共 {total} 行");

        await page.GetByTestId("approve-all").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alertdialog)).ToContainTextAsync("确认通过全部 1 行");
        var screenshot = Screenshot("roster-review.png");
        await page.ScreenshotAsync(new() { Path = screenshot, FullPage = true });
        output.WriteLine($"screenshot: {screenshot}");
        await page.GetByTestId("approve-all-confirm").ClickAsync();
        await Expect(page.GetByTestId("review-info")).ToContainTextAsync("已审核通过 1 行");
        await Expect(page.GetByTestId("review-status")).ToHaveTextAsync("已审核");

        await CheckFeedbackAsync(page, total, lu, zhan);
        await CheckClerkSeesWaivedAmountAsync();
        output.WriteLine($"test: {test.Elapsed.TotalSeconds:0.0} s in all, {timer.Elapsed.TotalSeconds:0.0} s from the upload to the clerk's check");
    }

    /// <summary>The feedback list: every row but the approved one, each with its outcome.</summary>
    private async Task CheckFeedbackAsync(IPage page, int total, string lu, string zhan)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("feedback-download").ClickAsync());
        var path = Path.Combine(Path.GetTempPath(), $"rmi-feedback-{Guid.NewGuid():N}.xlsx");
        await download.SaveAsAsync(path);
        try
        {
            Assert.StartsWith("反馈清单-", download.SuggestedFilename, StringComparison.Ordinal);
            var rows = await RosterFiles.ReadFeedbackAsync(path);
            Assert.Equal(total - 1, rows.Count);
            Assert.DoesNotContain(rows, r => r.Row == 2);
            Assert.Equal(Unregistered, rows.Count(r => r.Outcome == "未登记"));
            Assert.Equal(("詹子涵", zhan, "姓名不符"), rows.Where(r => r.Row == 3).Select(r => (r.Name, r.IdNumber, r.Outcome)).Single());
            Assert.Equal(["认定晚于截止日期", "资助类别不符", "不属本县", "名单内重复", "身份证号无效"], rows.Where(r => r.Row is >= 4 and <= 8).Select(r => r.Outcome));
            Assert.Equal(lu, rows.Single(r => r.Row == 7).IdNumber);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The township's clerk: 卢美玲 owes 0.00, her certification names the roster as this year's subsidy.</summary>
    private async Task CheckClerkSeesWaivedAmountAsync()
    {
        var clerk = await browser.NewPageAsync(portal.BaseUrl);
        await Demo.SignInAsync(clerk, "youxi-clerk", path: "/residents");
        await clerk.Locator("#search-text").FillAsync("YX-DEMO-003");
        await clerk.Locator("#search-text").PressAsync("Enter");
        await clerk.GetByTestId("household-link").First.ClickAsync();
        await Expect(clerk.GetByTestId("household-number")).ToHaveTextAsync("YX-DEMO-003");
        var row = Row(clerk, "卢美玲");
        await Expect(row.GetByTestId("member-status")).ToHaveTextAsync("待缴费");
        await Expect(row.GetByTestId("member-due")).ToHaveTextAsync("0.00 元");
        await Expect(row.GetByTestId("member-certification")).ToHaveTextAsync(
            $"残疾人（{Department}认定，2019年9月1日；名单：{Department} 2020 {FileName}）— 本年度资助按此计算");
        await row.GetByTestId("pay").ClickAsync();
        await Expect(clerk.GetByTestId("payment-hint")).ToContainTextAsync("0.00 元");
    }

    /// <summary>Where a screenshot goes: the test output directory's screenshots folder (as NarrowScreenTests).</summary>
    private static string Screenshot(string name) =>
        Path.Combine(Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName, name);

    /// <summary>Records every state of the roster list the page shows (it polls once a second while a roster is imported).</summary>
    private static Task WatchRosterListAsync(IPage page) => page.EvaluateAsync("""
        () => {
          window.rosterSeen = [];
          const note = () => document.querySelectorAll('[data-testid=roster]').forEach(tr => window.rosterSeen.push({
            file: tr.dataset.file,
            status: tr.querySelector('[data-testid=roster-status]')?.textContent.trim() ?? '',
            progress: tr.querySelector('[data-testid=roster-progress]')?.textContent.trim() ?? '',
            bar: tr.querySelector('[role=progressbar], .rz-progressbar') !== null,
          }));
          new MutationObserver(note).observe(document.body, { subtree: true, childList: true, characterData: true });
        }
        """);
}
