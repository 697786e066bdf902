using static Microsoft.Playwright.Assertions;
using static ResidentMedicalInsurance.Web.EndToEnd.ClerkSteps;

namespace ResidentMedicalInsurance.Web.EndToEnd;

/// <summary>
/// Issue 11's household and batch payments in Chromium (ADR 0058): a clerk pays a household of three with one voucher,
/// sees the sum and the three receipts; a township batch of a few residents is recorded and its list printed.
/// </summary>
[Collection(ClerkPortalCollection.Name)]
public sealed class HouseholdBatchPaymentTests(ClerkPortal portal, BrowserSession browser)
{
    [Fact]
    public async Task A_clerk_pays_a_household_of_three_with_one_voucher()
    {
        var head = new Person("郑一票", IdNumber("350426", new(1979, 2, 3), 51));
        var spouse = new Person("吴一票", IdNumber("350426", new(1981, 6, 7), 62), "Spouse");
        var child = new Person("郑小票", IdNumber("350426", new(2009, 9, 9), 73), "Child");
        var page = await browser.NewPageAsync(portal.BaseUrl);
        await Demo.SignInAsync(page, "youxi-clerk", path: "/households/new");
        await RegisterHouseholdAsync(page, "YX-HH-VOUCHER-1", "一票村", "一票村 1 号", head);
        await AddMemberAsync(page, spouse);
        await AddMemberAsync(page, child);
        await page.GetByTestId("enroll-preview").ClickAsync();
        await Expect(page.GetByTestId("quote")).ToHaveCountAsync(3);
        await page.GetByTestId("enroll-save").ClickAsync();
        await Expect(page.GetByTestId("member-status")).ToHaveTextAsync(["待缴费", "待缴费", "待缴费"]);

        // One voucher for the three, by keyboard (Alt+H, the voucher first, Tab to the paid time and the total): the
        // amounts of the voucher's paid date, each member's and their sum, before saving.
        await Expect(page.GetByTestId("household-pay")).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Alt+h");
        await Expect(page.Locator("#hp-voucher")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("MST-2019120501");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator("#hp-at")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("12-05 10:00"); // Tab selected the field's text; the year may be left out
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator("#hp-total")).ToBeFocusedAsync();
        await Expect(page.GetByTestId("hp-amount")).ToHaveTextAsync(["250.00 元", "250.00 元", "250.00 元"]);
        await Expect(page.GetByTestId("hp-sum")).ToHaveTextAsync("750.00 元");
        await page.ScreenshotAsync(new() { Path = "/tmp/household-voucher-panel.png", FullPage = true });

        // A total that is not the voucher's is refused with the sum asked; nothing is paid.
        await page.FillAsync("#hp-total", "500");
        await page.PressAsync("#hp-total", "Enter");
        await Expect(page.GetByTestId("household-payment-error")).ToContainTextAsync("3 人应缴合计 750.00 元");
        await Expect(page.GetByTestId("member-status")).ToHaveTextAsync(["待缴费", "待缴费", "待缴费"]);

        await page.FillAsync("#hp-total", "750");
        await page.PressAsync("#hp-total", "Enter");
        await Expect(page.GetByTestId("page-info")).ToContainTextAsync("已登记一票缴费：凭证号 MST-2019120501，3 人，合计 750.00 元");
        await Expect(page.GetByTestId("member-status")).ToHaveTextAsync(["已缴费", "已缴费", "已缴费"]);
        await Expect(page.GetByTestId("receipt-link")).ToHaveCountAsync(3);
        await Expect(page.GetByTestId("household-pay")).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new() { Path = "/tmp/household-voucher.png", FullPage = true });

        // The household's receipts: three, each on the shared voucher, the voucher's total once above them.
        await page.GotoAsync(await page.GetByTestId("household-receipts-link").GetAttributeAsync("href") ?? "");
        await Expect(page.GetByTestId("receipt")).ToHaveCountAsync(3);
        await Expect(page.GetByTestId("household-receipts-batch")).ToContainTextAsync("凭证号 MST-2019120501，3 人合计 750.00 元");
        await Expect(page.GetByTestId("receipt-amount")).ToHaveTextAsync(["250.00 元", "250.00 元", "250.00 元"]);
        await Expect(page.GetByTestId("receipt-batch").First).ToContainTextAsync("一户多人一票缴费");
    }

    [Fact]
    public async Task A_township_clerk_records_a_batch_of_a_few_residents_and_prints_its_list()
    {
        var people = new[]
        {
            new Person("蔡批量", IdNumber("350426", new(1966, 1, 11), 81)),
            new Person("潘批量", IdNumber("350426", new(1967, 2, 12), 91)),
            new Person("苏批量", IdNumber("350426", new(1968, 3, 13), 101)),
        };
        var page = await browser.NewPageAsync(portal.BaseUrl);
        await Demo.SignInAsync(page, "youxi-clerk", path: "/households/new");
        for (var i = 0; i < people.Length; i++)
        {
            await RegisterHouseholdAsync(page, $"YX-BATCH-{i + 1}", "批量村", $"批量村 {i + 1} 号", people[i]);
            await page.GetByTestId("enroll-preview").ClickAsync();
            await page.GetByTestId("enroll-save").ClickAsync();
            await Expect(page.GetByTestId("member-status")).ToHaveTextAsync(["待缴费"]);
        }

        await page.GotoAsync("payments/batch");
        await Expect(page.Locator("#batch-township")).ToBeFocusedAsync(); // the form is live
        await page.FillAsync("#batch-at", "2019-12-05 10:00");
        await page.FillAsync("#due-search", "批量村");
        await page.PressAsync("#due-search", "Enter");
        await Expect(page.GetByTestId("due-row")).ToHaveCountAsync(3);

        // Two ticked from the list, the third pasted with a mistyped number: the bad one is listed with its reason.
        await page.Locator("[data-testid=due-row][data-name='蔡批量'] [data-testid=due-tick]").CheckAsync();
        await page.Locator("[data-testid=due-row][data-name='潘批量'] [data-testid=due-tick]").CheckAsync();
        await Expect(page.GetByTestId("batch-member")).ToHaveCountAsync(2);
        var mistyped = people[2].IdNumber[..17] + (people[2].IdNumber[17] == '0' ? '1' : '0');
        await page.FillAsync("#batch-paste", $"{people[2].IdNumber}\n{mistyped}");
        await page.GetByTestId("batch-paste-check").ClickAsync();
        await Expect(page.GetByTestId("pasted-problem")).ToHaveCountAsync(1);
        await Expect(page.GetByTestId("pasted-reason")).ToContainTextAsync("校验");
        await page.FillAsync("#batch-paste", people[2].IdNumber);
        await page.GetByTestId("batch-paste-check").ClickAsync();
        await Expect(page.GetByTestId("pasted-problem")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("batch-member")).ToHaveCountAsync(3);
        await Expect(page.GetByTestId("batch-sum")).ToHaveTextAsync("共 3 人，应缴合计 750.00 元");

        await Expect(page.Locator("#batch-channel")).ToHaveValueAsync("e-tax");
        await page.ScreenshotAsync(new() { Path = "/tmp/township-batch-selected.png", FullPage = true });
        await page.FillAsync("#batch-voucher", "DZSWJ-E2E-0001");
        await page.FillAsync("#batch-total", "750");
        await page.PressAsync("#batch-total", "Enter");
        await Expect(page.GetByTestId("batch-info")).ToContainTextAsync("已登记批量代缴：批次号 DZSWJ-E2E-0001，3 人，合计 750.00 元");
        await Expect(page.GetByTestId("due-row")).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-testid=batch][data-voucher='DZSWJ-E2E-0001']")).ToHaveCountAsync(1);
        await page.ScreenshotAsync(new() { Path = "/tmp/township-batch.png", FullPage = true });

        // 批量代缴清单: township, number, each resident masked with the amount, the total.
        await page.GotoAsync(await page.GetByTestId("batch-print-new").GetAttributeAsync("href") ?? "");
        await Expect(page.GetByTestId("batch-list-voucher")).ToHaveTextAsync("DZSWJ-E2E-0001");
        await Expect(page.GetByTestId("batch-list-line")).ToHaveCountAsync(3);
        await Expect(page.GetByTestId("batch-list-total")).ToHaveTextAsync("750.00 元");
        await Expect(page.GetByTestId("batch-list")).Not.ToContainTextAsync(people[0].IdNumber);
        await Expect(page.GetByTestId("batch-list")).ToContainTextAsync(people[0].IdNumber[..6] + "********" + people[0].IdNumber[14..]);
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("batch-list-export").ClickAsync());
        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
    }
}
