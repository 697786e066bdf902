using Microsoft.Playwright;

namespace ResidentMedicalInsurance.Web.EndToEnd;

/// <summary>
/// A clerk at the keyboard: types and presses keys, and counts every key. <see cref="TabToAsync"/>
/// presses Tab until the wanted element has focus, as a person would, counting each press.
/// </summary>
public sealed class KeyboardUser(IPage page)
{
    public int Keys { get; private set; }

    public async Task TypeAsync(string text)
    {
        await page.Keyboard.TypeAsync(text);
        Keys += text.Length;
    }

    public async Task PressAsync(string key)
    {
        await page.Keyboard.PressAsync(key);
        Keys++;
    }

    public Task<bool> HasFocusAsync(string selector) =>
        page.EvaluateAsync<bool>("s => document.activeElement !== null && document.activeElement.matches(s)", selector);

    public async Task TabToAsync(string selector, int most = 80)
    {
        // A person sees where the cursor lands after a save before pressing on: give the page a moment.
        try
        {
            await page.WaitForFunctionAsync("s => document.activeElement !== null && document.activeElement.matches(s)", selector,
                new PageWaitForFunctionOptions { Timeout = 1500 });
        }
        catch (TimeoutException)
        {
            // not there by itself: Tab to it
        }

        for (var i = 0; i < most; i++)
        {
            if (await HasFocusAsync(selector))
            {
                return;
            }

            await PressAsync("Tab");
        }

        throw new InvalidOperationException($"{selector} not reached with {most} Tabs; focus is on {await page.EvaluateAsync<string>("() => document.activeElement?.outerHTML.slice(0, 120) ?? 'nothing'")}");
    }
}
