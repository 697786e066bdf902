using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static ResidentMedicalInsurance.Web.EndToEnd.ClerkSteps;

namespace ResidentMedicalInsurance.Web.EndToEnd;

/// <summary>
/// In English, the household page's member table and the payment form hold no Chinese but names
/// (people, the township, the channels the notice names), addresses and clause texts, which the page
/// marks lang="zh-CN".
/// </summary>
[Collection(ClerkPortalCollection.Name)]
public sealed class EnglishUiTests(ClerkPortal portal, BrowserSession browser)
{
    [Fact]
    public async Task The_household_page_with_its_payment_form_in_English_has_no_Chinese_outside_names_and_addresses()
    {
        var page = await browser.NewPageAsync(portal.BaseUrl);
        await Demo.SignInAsync(page, "youxi-clerk", path: "/households/new");
        await EnglishUi.SwitchAsync(page, "/households/new");
        await Expect(page.Locator("#hh-number")).ToBeFocusedAsync();
        var head = new Person("黄英文", IdNumber("350426", new(1979, 6, 1), 17));
        await RegisterHouseholdAsync(page, "EN-2020-001", "英文村", "英文村1号", head);
        await AddMemberAsync(page, new Person("黄小英", IdNumber("350426", new(1981, 3, 3), 28), "Spouse"));
        await AssertNoChineseAsync(page, "a member registered");
        await page.GetByTestId("enroll-preview").ClickAsync();
        await Expect(page.GetByTestId("quote")).ToHaveCountAsync(2);
        await AssertNoChineseAsync(page, "the enrolment preview");
        await page.GetByTestId("enroll-save").ClickAsync();
        await Expect(Row(page, head.Name).GetByTestId("pay")).ToBeVisibleAsync();
        await Row(page, head.Name).GetByTestId("pay").ClickAsync();
        await Expect(page.Locator("#pay-voucher")).ToBeFocusedAsync();

        await AssertNoChineseAsync(page, "the payment form");
    }

    /// <summary>The household page below the header: names and addresses removed, lang="zh-CN" texts and list options left out.</summary>
    private static Task AssertNoChineseAsync(IPage page, string when) =>
        EnglishUi.AssertNoChineseAsync(page, when, ["黄英文", "黄小英", "英文村1号", "英文村", "城关镇"]);
}
