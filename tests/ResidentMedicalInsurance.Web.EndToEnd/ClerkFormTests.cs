using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static ResidentMedicalInsurance.Web.EndToEnd.ClerkSteps;

namespace ResidentMedicalInsurance.Web.EndToEnd;

/// <summary>Bad input, markup in names, search with masked IDs, the audited reveal and the audit page.</summary>
[Collection(ClerkPortalCollection.Name)]
public sealed class ClerkFormTests(ClerkPortal portal, BrowserSession browser)
{
    [Fact]
    public async Task A_script_name_is_shown_as_text_and_no_dialog_fires()
    {
        const string script = "<script>alert(1)</script>";
        var page = await browser.NewPageAsync(portal.BaseUrl);
        var dialogs = 0;
        page.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };
        await Demo.SignInAsync(page, "youxi-clerk2", path: "/households/new");

        await RegisterHouseholdAsync(page, "YX-XSS-1", "<b>新村</b>", "<img src=x onerror=alert(2)>", new Person(script, IdNumber("350426", new(1975, 1, 2), 51)));
        await Expect(page.GetByTestId("member-name")).ToHaveTextAsync(script);
        await Expect(page.GetByTestId("household-summary")).ToContainTextAsync("<b>新村</b>");
        await Expect(page.Locator("[data-testid=members] script")).ToHaveCountAsync(0);
        await Expect(page.Locator("img[src=x]")).ToHaveCountAsync(0);

        // Also in search results and on the audit page.
        await page.GotoAsync("residents");
        await page.Locator("#search-text").FillAsync("YX-XSS-1");
        await page.Locator("#search-text").PressAsync("Enter");
        await Expect(page.GetByTestId("result-name")).ToHaveTextAsync(script);
        await page.GetByTestId("household-link").ClickAsync();
        await page.GetByTestId("audit-link").ClickAsync();
        await Expect(page.GetByTestId("audit")).ToContainTextAsync(script);
        await page.WaitForTimeoutAsync(300);
        Assert.Equal(0, dialogs);
    }

    [Fact]
    public async Task Bad_input_gets_a_clear_message_and_nothing_is_half_saved()
    {
        var page = await browser.NewPageAsync(portal.BaseUrl);
        await Demo.SignInAsync(page, "shiquan-clerk2", path: "/households/new");
        await Expect(page.Locator("#hh-number")).ToBeFocusedAsync();
        await page.ScreenshotAsync(new() { Path = "/tmp/clerk-ui-new-household.png", FullPage = true });

        // A wrong check digit is explained when the field is left, before saving.
        await page.FillAsync("#head-id", "610922198005120131");
        await page.PressAsync("#head-id", "Tab");
        await Expect(page.GetByTestId("head-id-problem")).ToContainTextAsync("校验");

        // Saving an empty household and an over-long name: messages, and no household.
        var good = IdNumber("610922", new(1980, 5, 12), 61);
        await page.FillAsync("#head-name", new string('张', 60));
        await page.FillAsync("#head-id", good);
        await page.PressAsync("#head-phone", "Enter");
        // Each message beside its field; the alert says where to look.
        var error = page.GetByTestId("error");
        await Expect(page.GetByTestId("hh-number-problem")).ToContainTextAsync("请填写户号");
        await Expect(page.GetByTestId("head-name-problem")).ToContainTextAsync("姓名过长");
        await Expect(error).ToContainTextAsync("请按各栏旁的提示修改");
        await page.FillAsync("#hh-number", "SQ-BAD-1");
        await Expect(page.GetByTestId("hh-number-problem")).ToHaveCountAsync(0); // cleared once the field changes
        await page.FillAsync("#hh-village", "明星村");
        await page.FillAsync("#hh-address", "明星村1组");
        await page.FillAsync("#head-name", "张明");
        await page.FillAsync("#head-phone", "12ab");
        await page.PressAsync("#head-phone", "Enter");
        await Expect(page.GetByTestId("head-phone-problem")).ToContainTextAsync("联系电话格式不正确");
        await Expect(page.GetByTestId("head-name-problem")).ToHaveCountAsync(0); // no stale message beside a new one
        await Expect(error).Not.ToContainTextAsync("Exception");

        await page.GotoAsync("residents");
        await page.Locator("#search-text").FillAsync("SQ-BAD-1");
        await page.Locator("#search-text").PressAsync("Enter");
        await Expect(page.GetByTestId("search-total")).ToContainTextAsync("共找到 0 人");

        // Fixed, it saves; registering the same ID number again opens the first record instead.
        await RegisterHouseholdAsync(page, "SQ-BAD-1", "明星村", "明星村1组", new Person("张明", good));
        await page.GotoAsync("households/new");
        await page.FillAsync("#hh-number", "SQ-BAD-2");
        await page.FillAsync("#hh-village", "明星村");
        await page.FillAsync("#hh-address", "明星村2组");
        await FillPersonAsync(page, "head", new Person("张明", good));
        await page.PressAsync("#head-phone", "Enter");
        await Expect(page.GetByTestId("household-number")).ToHaveTextAsync("SQ-BAD-1");
        await Expect(page.GetByTestId("page-warning")).ToContainTextAsync("已登记"); // a notice, not the green success
        await Expect(page.GetByTestId("page-info")).ToHaveCountAsync(0);

        // A payment with a bad amount is refused next to the form.
        await page.GetByTestId("enroll-preview").ClickAsync();
        await page.GetByTestId("enroll-save").ClickAsync();
        await Expect(page.GetByTestId("member-status")).ToHaveTextAsync("待缴费");
        await Expect(await PayAsync(page, "张明", "SQ-BAD-V1", new DateTime(2020, 11, 16, 9, 0, 0), "abc")).ToContainTextAsync("请填写正确的缴费金额");
        await page.FillAsync("#pay-voucher", "");
        await page.FillAsync("#pay-amount", "280");
        await page.PressAsync("#pay-amount", "Enter");
        await Expect(page.GetByTestId("pay-voucher-problem")).ToContainTextAsync("请填写缴费凭证号");
        await Expect(page.GetByTestId("member-status")).ToHaveTextAsync("待缴费");
    }

    [Fact]
    public async Task Search_lists_masked_ids_and_revealing_one_is_audited()
    {
        var page = await browser.NewPageAsync(portal.BaseUrl);
        await Demo.SignInAsync(page, "haimen-clerk2", path: "/households/new");
        var id = IdNumber("320684", new(1966, 6, 6), 71);
        await RegisterHouseholdAsync(page, "HM-SEARCH-1", "东兴村", "东兴村5组", new Person("赵查询", id, Phone: "13912345678"));

        await page.GotoAsync("residents");
        await Expect(page.Locator("#search-text")).ToBeFocusedAsync();
        foreach (var text in new[] { id, "赵查询", "HM-SEARCH-1", "13912345678" })
        {
            await page.Locator("#search-text").FillAsync(text);
            await page.Locator("#search-text").PressAsync("Enter");
            await Expect(page.GetByTestId("result-name")).ToHaveTextAsync("赵查询");
            await Expect(page.GetByTestId("id-number")).ToHaveTextAsync(id[..6] + "********" + id[14..]);
        }

        await RevealAsync(page.GetByTestId("result-row"), "核对身份");
        await Expect(page.GetByTestId("id-number")).ToHaveTextAsync(id);
        await page.GetByTestId("household-link").ClickAsync();
        await page.GetByTestId("audit-link").ClickAsync();
        await Expect(page.GetByTestId("audit-row").First).ToContainTextAsync("查看");
        await page.ScreenshotAsync(new() { Path = "/tmp/clerk-ui-audit.png", FullPage = true });

        // Renewal by township: nobody here paid for 2019, so nobody is renewed and nothing fails.
        await page.GotoAsync("renewals");
        await Expect(page.Locator("#renew-township")).ToBeFocusedAsync();
        await page.PressAsync("#renew-village", "Enter");
        await Expect(page.GetByTestId("info")).ToContainTextAsync("已续保 0 人");
    }
}
