using Microsoft.Playwright;

namespace ResidentMedicalInsurance.Web.EndToEnd;

/// <summary>Demo accounts seeded by the portal's demo seeding (listed in the README).</summary>
public static class Demo
{
    public const string Password = "Demo@2026-rmi";

    /// <summary>Signs in through the login form and waits for the portal's layout.</summary>
    public static async Task SignInAsync(IPage page, string userName, string password = Password, string path = "/")
    {
        await page.GotoAsync($"account/login?returnUrl={Uri.EscapeDataString(path)}");
        await page.FillAsync("#username", userName);
        await page.FillAsync("#password", password);
        await page.ClickAsync("[data-testid=sign-in]");
        await page.WaitForSelectorAsync("[data-testid=tenant-name]");
    }
}
