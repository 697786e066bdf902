using System.Text.RegularExpressions;
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
public sealed partial class EnglishUiTests(ClerkPortal portal, BrowserSession browser)
{
    [Fact]
    public async Task The_household_page_with_its_payment_form_in_English_has_no_Chinese_outside_names_and_addresses()
    {
        var page = await browser.NewPageAsync(portal.BaseUrl);
        await Demo.SignInAsync(page, "youxi-clerk", path: "/households/new");
        await page.GotoAsync($"culture/set?culture=en&redirectUri={Uri.EscapeDataString("/households/new")}");
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
    private static async Task AssertNoChineseAsync(IPage page, string when)
    {
        var text = await page.Locator(".rz-body").EvaluateAsync<string>(
            "e => { const c = e.cloneNode(true); c.querySelectorAll('option, [lang=zh-CN]').forEach(o => o.remove()); document.body.appendChild(c); const t = c.innerText; c.remove(); return t; }");
        foreach (var name in new[] { "黄英文", "黄小英", "英文村1号", "英文村", "城关镇" })
        {
            text = text.Replace(name, "", StringComparison.Ordinal);
        }

        var chinese = Han().Matches(text).Select(m => m.Value).Distinct().ToList();
        Assert.True(chinese.Count == 0, $"Chinese in the English UI ({when}): {string.Join(" | ", chinese)}");
    }

    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}\u3000-\u303F\uFF00-\uFFEF]+")]
    private static partial Regex Han();
}
