using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ResidentMedicalInsurance.Web.EndToEnd;

/// <summary>A person as the clerk types them.</summary>
public sealed record Person(
    string Name, string IdNumber, string Relationship = "Head", string Hukou = "Local", string Student = "None",
    string OtherDocument = "None", string? DocumentNumber = null, string? Phone = null);

/// <summary>The clerk's steps in the browser, by keyboard where the clerk would use it.</summary>
public static partial class ClerkSteps
{
    /// <summary>A valid 18-digit ID number (GB 11643) for a region, birth date and sequence (odd: male).</summary>
    public static string IdNumber(string region, DateOnly birth, int sequence)
    {
        var first17 = region + birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + sequence.ToString("000", CultureInfo.InvariantCulture);
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = first17.Select((c, i) => (c - '0') * weights[i]).Sum();
        return first17 + "10X98765432"[sum % 11];
    }

    /// <summary>On /households/new: household fields, then the head; Enter in the last field saves.</summary>
    public static async Task RegisterHouseholdAsync(IPage page, string number, string village, string address, Person head)
    {
        await page.GotoAsync("households/new");
        await Expect(page.Locator("#hh-number")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(number);
        await page.FillAsync("#hh-village", village);
        await page.FillAsync("#hh-address", address);
        await FillPersonAsync(page, "head", head);
        await page.PressAsync("#head-phone", "Enter");
        await Expect(page.GetByTestId("household-number")).ToHaveTextAsync(number);
    }

    public static async Task AddMemberAsync(IPage page, Person member)
    {
        await FillPersonAsync(page, "member", member);
        await page.PressAsync("#member-phone", "Enter");
        await Expect(page.Locator($"[data-testid=member-row][data-name='{member.Name}']")).ToHaveCountAsync(1);
    }

    /// <summary>Fills the resident fields; leaving the ID number fills birth date and sex.</summary>
    public static async Task FillPersonAsync(IPage page, string prefix, Person p)
    {
        await page.FillAsync($"#{prefix}-name", p.Name);
        await page.FillAsync($"#{prefix}-id", p.IdNumber);
        await page.PressAsync($"#{prefix}-id", "Tab");
        await Expect(page.GetByTestId($"{prefix}-id-facts")).ToContainTextAsync(new System.Text.RegularExpressions.Regex("出生日期|Date of birth"));
        if (p.Relationship != "Head")
        {
            await page.SelectOptionAsync($"#{prefix}-relationship", p.Relationship);
        }

        await page.SelectOptionAsync($"#{prefix}-hukou", p.Hukou);
        await page.SelectOptionAsync($"#{prefix}-student", p.Student);
        await page.SelectOptionAsync($"#{prefix}-document", p.OtherDocument);
        await page.FillAsync($"#{prefix}-document-number", p.DocumentNumber ?? "");
        await page.FillAsync($"#{prefix}-phone", p.Phone ?? "");
    }

    public static ILocator Row(IPage page, string name) => page.Locator($"[data-testid=member-row][data-name='{name}']");

    /// <summary>Opens the payment form of a member, types the voucher and saves with Enter.</summary>
    public static async Task<ILocator> PayAsync(IPage page, string name, string voucher, DateTime paidAt, string amount)
    {
        await Row(page, name).GetByTestId("pay").ClickAsync();
        await Expect(page.Locator("#pay-voucher")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(voucher);
        await page.FillAsync("#pay-at", paidAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
        await page.FillAsync("#pay-amount", amount);
        await page.PressAsync("#pay-amount", "Enter");
        return page.GetByTestId("payment-error").Or(page.GetByTestId("page-info"));
    }

    /// <summary>The audited 显示 within <paramref name="scope"/>: picks the reason (查看事由), types the note if any, confirms.</summary>
    public static async Task RevealAsync(ILocator scope, string purpose, string? note = null)
    {
        await scope.GetByTestId("reveal").ClickAsync();
        await scope.GetByTestId("reveal-purpose").SelectOptionAsync(new SelectOptionValue { Label = purpose });
        if (note is not null)
        {
            await scope.GetByTestId("reveal-note").FillAsync(note);
        }

        await scope.GetByTestId("reveal-confirm").ClickAsync();
    }

    /// <summary>The expected amount from a wrong-amount refusal ("…应缴 260.00 元，录入的是 …").</summary>
    public static string ExpectedAmount(string message) => ExpectedAmountPattern().Match(message).Groups[1].Value;

    [GeneratedRegex(@"应缴 ([0-9]+\.[0-9]{2}) 元")]
    private static partial Regex ExpectedAmountPattern();
}
