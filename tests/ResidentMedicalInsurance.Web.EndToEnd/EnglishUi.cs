using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ResidentMedicalInsurance.Web.EndToEnd;

/// <summary>
/// The English UI: switching a page to English, and checking it holds no Chinese (ideographs, CJK or full-width
/// punctuation) but the names and addresses the test names and what the page marks lang="zh-CN" (clause texts).
/// </summary>
public static partial class EnglishUi
{
    /// <summary>Sets the language cookie (as the header's link does) and opens <paramref name="path"/>.</summary>
    public static Task SwitchAsync(IPage page, string path) =>
        page.GotoAsync($"culture/set?culture=en&redirectUri={Uri.EscapeDataString(path)}");

    /// <summary>
    /// The text of <paramref name="root"/> as shown, collapsed details opened, lang="zh-CN" elements and list
    /// options left out (and what <paramref name="leaveOut"/> selects, e.g. other tests' records), <paramref name="names"/>
    /// removed: no Chinese may be left.
    /// </summary>
    public static async Task AssertNoChineseAsync(
        IPage page, string when, IEnumerable<string> names, string root = ".rz-body", string? leaveOut = null)
    {
        var text = await page.Locator(root).First.EvaluateAsync<string>(
            """
            (e, leaveOut) => {
                const c = e.cloneNode(true);
                c.querySelectorAll('option, [lang=zh-CN]' + (leaveOut ? ', ' + leaveOut : '')).forEach(o => o.remove());
                c.querySelectorAll('details').forEach(d => d.open = true);
                document.body.appendChild(c);
                const t = c.innerText;
                c.remove();
                return t;
            }
            """, leaveOut);
        foreach (var name in names.Where(n => n.Length > 0).Distinct().OrderByDescending(n => n.Length))
        {
            text = text.Replace(name, "", StringComparison.Ordinal);
        }

        var chinese = Han().Matches(text).Select(m => m.Value).Distinct().ToList();
        Assert.True(chinese.Count == 0, $"Chinese in the English UI ({when}): {string.Join(" | ", chinese)}");
    }

    /// <summary>The texts of every element <paramref name="selector"/> finds (names read from the page itself).</summary>
    public static async Task<IReadOnlyList<string>> TextsAsync(IPage page, string selector) =>
        (await page.Locator(selector).AllInnerTextsAsync()).Select(t => t.Trim()).ToList();

    /// <summary>The signed-in user's display name and tenant as the header shows them (names, not UI text).</summary>
    public static async Task<IReadOnlyList<string>> HeaderNamesAsync(IPage page)
    {
        var user = (await page.GetByTestId("user-name").InnerTextAsync()).Trim();
        var roles = user.LastIndexOf(" (", StringComparison.Ordinal);
        return [(await page.GetByTestId("tenant-name").InnerTextAsync()).Trim(), roles > 0 ? user[..roles].Trim() : user];
    }

    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}\u3000-\u303F\uFF00-\uFFEF]+")]
    private static partial Regex Han();
}
