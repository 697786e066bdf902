using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static ResidentMedicalInsurance.Web.EndToEnd.ClerkSteps;

namespace ResidentMedicalInsurance.Web.EndToEnd;

/// <summary>
/// Issue 12 "Narrow screens": at 390 px the navigation is a toggled menu reachable by Tab and the household
/// page shows each member as a card with its pay button, the refund queue and the users list their rows as cards
/// with their actions; at 1024 px the tables keep figures on one line and
/// the member table, scrolled sideways, keeps the names in view.
/// </summary>
[Collection(ClerkPortalCollection.Name)]
public sealed class NarrowScreenTests(ClerkPortal portal, BrowserSession browser)
{
    [Fact]
    public async Task A_household_of_three_on_a_phone_shows_every_pay_button_and_a_menu_reachable_by_tab()
    {
        // ID numbers of its own: the portal is shared with the other clerk tests (ClerkWorkflowTests uses 1980-05-12).
        var page = await browser.NewPageAsync(portal.BaseUrl);
        await Demo.SignInAsync(page, "shiquan-clerk", path: "/households/new");
        var head = new Person("赵窄屏", IdNumber("610922", new(1979, 6, 1), 53));
        await RegisterHouseholdAsync(page, "SQ-NARROW-001", "幸福村", "幸福村1组1号", head);
        await AddMemberAsync(page, new Person("钱窄屏", IdNumber("610922", new(1981, 7, 2), 64), "Spouse"));
        await AddMemberAsync(page, new Person("赵小屏", IdNumber("610922", new(2011, 8, 3), 75), "Child", Student: "LocalSchool"));
        await page.GetByTestId("enroll-preview").ClickAsync();
        await page.GetByTestId("enroll-save").ClickAsync();
        await Expect(page.GetByTestId("member-status")).ToHaveTextAsync(["待缴费", "待缴费", "待缴费"]);

        await page.SetViewportSizeAsync(390, 844);

        // The menu: closed, its links are not shown (nor reached by Tab); the ☰ button opens it, Tab enters it.
        var nav = page.GetByTestId("nav");
        var toggle = page.GetByTestId("menu-toggle");
        await Expect(toggle).ToBeVisibleAsync();
        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(nav).Not.ToBeVisibleAsync();
        await toggle.ClickAsync();
        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "新建户" })).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = "/tmp/clerk-ui-390-menu.png" });
        await toggle.FocusAsync();
        var reached = new List<string>();
        for (var i = 0; i < 12 && !reached.Contains("修改密码"); i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached.Add(await page.EvaluateAsync<string>("() => document.activeElement?.closest('[data-testid=nav]') ? document.activeElement.textContent.trim() : ''"));
        }

        Assert.Contains(reached, r => r.Contains("新建户", StringComparison.Ordinal));
        Assert.Contains(reached, r => r.Contains("修改密码", StringComparison.Ordinal));
        await toggle.ClickAsync();
        await Expect(nav).Not.ToBeVisibleAsync();

        // One card per member, the pay button of each in view once scrolled to; nothing wider than the phone.
        foreach (var row in await page.GetByTestId("member-row").AllAsync())
        {
            var pay = row.GetByTestId("pay");
            await pay.ScrollIntoViewIfNeededAsync();
            await Expect(pay).ToBeInViewportAsync();
            await Expect(pay).ToBeVisibleAsync();
        }

        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"),
            "the page is wider than 390 px");
        await page.ScreenshotAsync(new() { Path = "/tmp/clerk-ui-390.png", FullPage = true });

        // 1024 px: the table is back, its figures each on one line, the actions in view.
        await page.SetViewportSizeAsync(1024, 768);
        await Expect(await PayAsync(page, head.Name, "SQ-NARROW-V1", new(2020, 11, 16, 9, 0, 0), "280.00")).ToContainTextAsync("已登记缴费");
        await Expect(Row(page, head.Name).GetByTestId("member-period")).ToHaveTextAsync("2021年1月1日 至 2021年12月31日");
        await page.GetByTestId("members").ScrollIntoViewIfNeededAsync();
        await Expect(toggle).Not.ToBeVisibleAsync();
        await Expect(nav).ToBeVisibleAsync();
        foreach (var figure in new[] { "member-due", "member-period", "member-birth" })
        {
            foreach (var cell in await page.GetByTestId(figure).AllAsync())
            {
                Assert.Equal(1, await LinesAsync(cell));
            }
        }

        foreach (var pay in await page.GetByTestId("pay").AllAsync())
        {
            await Expect(pay).ToBeInViewportAsync(); // beside the figures, not scrolled out of the table
        }

        // Scrolled sideways to the last column (as Tab to a row's last link does), each name is still in view.
        var scroller = page.Locator(".rmi-table-scroll").Filter(new() { Has = page.GetByTestId("members") });
        await scroller.EvaluateAsync("el => { el.scrollLeft = el.scrollWidth; }");
        Assert.True(await scroller.EvaluateAsync<bool>("el => el.scrollLeft > 0"), "the member table no longer scrolls at 1024 px: the check below proves nothing");
        foreach (var name in await page.GetByTestId("member-name").AllAsync())
        {
            Assert.True(await name.EvaluateAsync<bool>(
                "(td) => { const box = td.getBoundingClientRect(), view = td.closest('.rmi-table-scroll').getBoundingClientRect(); return box.left >= view.left - 1 && box.right <= view.right; }"),
                "a member's name scrolled out of view with the table");
        }

        await page.ScreenshotAsync(new() { Path = "/tmp/clerk-ui-1024.png" });
    }

    [Fact]
    public async Task The_refund_queue_on_a_phone_shows_each_request_and_the_history_as_cards_with_their_actions_in_view()
    {
        // A household of two of its own, both paid and both asked back; staff reject one, so the history has a row.
        var clerk = await browser.NewPageAsync(portal.BaseUrl);
        await Demo.SignInAsync(clerk, "shiquan-clerk", path: "/households/new");
        var head = new Person("孙窄退", IdNumber("610922", new(1978, 3, 4), 81));
        var spouse = new Person("周窄退", IdNumber("610922", new(1979, 9, 10), 92), "Spouse");
        await RegisterHouseholdAsync(clerk, "SQ-NARROW-002", "幸福村", "幸福村2组2号", head);
        await AddMemberAsync(clerk, spouse);
        await clerk.GetByTestId("enroll-preview").ClickAsync();
        await clerk.GetByTestId("enroll-save").ClickAsync();
        foreach (var (person, voucher) in new[] { (head, "SQ-NARROW-V2"), (spouse, "SQ-NARROW-V3") })
        {
            await Expect(Row(clerk, person.Name).GetByTestId("pay")).ToBeVisibleAsync();
            await Expect(await PayAsync(clerk, person.Name, voucher, new(2020, 11, 16, 9, 0, 0), "280.00")).ToContainTextAsync("已登记缴费");
            await Row(clerk, person.Name).GetByTestId("refund").ClickAsync();
            await clerk.SelectOptionAsync("#refund-reason", "Duplicate");
            await clerk.PressAsync("#refund-note", "Enter");
            await Expect(clerk.GetByTestId("page-info")).ToContainTextAsync("已提交退费申请");
        }

        var staff = await browser.NewPageAsync(portal.BaseUrl);
        await Demo.SignInAsync(staff, "shiquan-staff", path: "/refunds");
        var rejected = staff.Locator($"[data-testid=refund-item][data-name='{spouse.Name}']");
        await rejected.GetByTestId("decision-note").FillAsync("只缴过一次");
        await rejected.GetByTestId("reject").ClickAsync();
        await Expect(staff.GetByTestId("page-info")).ToHaveTextAsync("已驳回退费申请。");
        var history = staff.Locator($"[data-testid=history-row][data-name='{spouse.Name}']");
        await Expect(history).ToHaveCountAsync(1);

        await staff.SetViewportSizeAsync(390, 844);
        var pending = staff.Locator($"[data-testid=refund-item][data-name='{head.Name}']");
        foreach (var action in new[] { "reveal", "refund-household", "decision-note", "approve", "reject" })
        {
            await AssertInViewAsync(pending.GetByTestId(action), 390);
        }

        await Expect(history).ToHaveCSSAsync("display", "block");
        await AssertInViewAsync(history.GetByTestId("history-household"), 390);
        await AssertInViewAsync(history.GetByTestId("reveal"), 390);
        await AssertNotWiderAsync(staff);
        await staff.ScreenshotAsync(new() { Path = Screenshot("refunds-390.png"), FullPage = true });

        // 1024 px: the history is a table again, its amount and time each on one line.
        await staff.SetViewportSizeAsync(1024, 768);
        await Expect(history).ToHaveCSSAsync("display", "table-row");
        foreach (var figure in new[] { "history-amount", "history-decided-at" })
        {
            Assert.Equal(1, await LinesAsync(history.GetByTestId(figure)));
        }

        await staff.ScreenshotAsync(new() { Path = Screenshot("refunds-1024.png"), FullPage = true });
    }

    [Fact]
    public async Task The_users_list_on_a_phone_shows_each_user_as_a_card_with_every_action_in_view()
    {
        var admin = await browser.NewPageAsync(portal.BaseUrl);
        await Demo.SignInAsync(admin, "shiquan-admin", path: "/users");
        await Expect(admin.GetByTestId("user-row").First).ToBeVisibleAsync();

        await admin.SetViewportSizeAsync(390, 844);
        var rows = await admin.GetByTestId("user-row").AllAsync();
        Assert.True(rows.Count >= 5, $"{rows.Count} users");
        foreach (var row in rows)
        {
            await Expect(row).ToHaveCSSAsync("display", "block");
            foreach (var action in new[] { "[data-testid=lock], [data-testid=unlock]", "[data-testid=disable], [data-testid=enable]", "[data-testid=reset-password]" })
            {
                await AssertInViewAsync(row.Locator(action), 390);
            }
        }

        await AssertInViewAsync(admin.Locator("[data-testid=user-row][data-user=shiquan-clerk]").GetByTestId("edit-townships-open"), 390);
        await AssertNotWiderAsync(admin);
        await admin.ScreenshotAsync(new() { Path = Screenshot("users-390.png"), FullPage = true });
    }

    /// <summary>Scrolled to, the control is shown whole within the phone's width (not cut off at its right edge).</summary>
    private static async Task AssertInViewAsync(ILocator control, int width)
    {
        await control.ScrollIntoViewIfNeededAsync();
        await Expect(control).ToBeVisibleAsync();
        await Expect(control).ToBeInViewportAsync();
        var box = await control.BoundingBoxAsync();
        Assert.True(box is not null && box.X >= 0 && box.X + box.Width <= width, $"{control} at {box?.X}+{box?.Width} of {width} px");
    }

    private static async Task AssertNotWiderAsync(IPage page) =>
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the page is wider than the phone");

    /// <summary>Where a screenshot goes: the test output directory's screenshots folder.</summary>
    private static string Screenshot(string name) =>
        Path.Combine(Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName, name);

    /// <summary>How many lines the cell's text takes (distinct tops of its text boxes).</summary>
    private static Task<int> LinesAsync(ILocator cell) => cell.EvaluateAsync<int>(
        "el => { const r = document.createRange(); r.selectNodeContents(el); return new Set([...r.getClientRects()].map(b => Math.round(b.top))).size; }");
}
