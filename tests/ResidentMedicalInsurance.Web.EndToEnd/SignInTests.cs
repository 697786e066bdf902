using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ResidentMedicalInsurance.Web.EndToEnd;

[Collection(PortalCollection.Name)]
public sealed class SignInTests(PortalServer portal, BrowserSession browser)
{
    [Fact]
    public async Task Youxi_clerk_signs_in_sees_county_and_clerk_navigation_opens_a_mediator_page_and_signs_out()
    {
        var page = await browser.NewPageAsync(portal.BaseUrl);

        // Every page but the login needs a signed-in user.
        await page.GotoAsync("townships");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"));

        await page.FillAsync("#username", "youxi-clerk");
        await page.FillAsync("#password", Demo.Password);
        await page.ClickAsync("[data-testid=sign-in]");

        await Expect(page.GetByTestId("tenant-name")).ToHaveTextAsync("尤溪县");
        await Expect(page.GetByTestId("user-name")).ToContainTextAsync("乡镇经办员");
        var nav = page.GetByTestId("nav");
        foreach (var item in new[] { "工作台", "居民查询", "新建户", "续保", "乡镇与任务" })
        {
            await Expect(nav).ToContainTextAsync(item);
        }

        await Expect(nav).Not.ToContainTextAsync("退费审核"); // county staff only
        await Expect(nav).ToContainTextAsync("意外伤害补充保险清单"); // 尤政办〔2019〕45号 三(三)

        // The townships page calls the ListTownships MediatR query over the circuit.
        await Expect(page.GetByTestId("profile")).ToContainTextAsync("youxi-2020");
        var grid = page.GetByTestId("townships");
        await Expect(grid).ToContainTextAsync("城关镇");
        await Expect(grid).ToContainTextAsync("30224");
        await Expect(grid).Not.ToContainTextAsync("城关镇 43486"); // Shiquan's plan: another tenant

        await page.GetByRole(AriaRole.Button, new() { Name = "退出登录" }).ClickAsync();
        await Expect(page.GetByTestId("login-message")).ToContainTextAsync("已安全退出");

        await page.GotoAsync("townships");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"));
    }

    [Fact]
    public async Task County_staff_navigation_shows_the_refund_queue_and_no_clerk_registration()
    {
        var page = await browser.NewPageAsync(portal.BaseUrl);
        await Demo.SignInAsync(page, "haimen-staff");

        await Expect(page.GetByTestId("tenant-name")).ToHaveTextAsync("海门市");
        var nav = page.GetByTestId("nav");
        await Expect(nav).ToContainTextAsync("退费审核");
        await Expect(nav).Not.ToContainTextAsync("新建户");
        // Haimen's notice has neither the accident insurance nor personal accounts.
        await Expect(nav).Not.ToContainTextAsync("意外伤害补充保险");
        await Expect(nav).Not.ToContainTextAsync("个人账户");
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_and_the_message_does_not_tell_a_lock_from_a_wrong_password()
    {
        var page = await browser.NewPageAsync(portal.BaseUrl);
        await page.GotoAsync("account/login");

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await page.FillAsync("#username", "shiquan-supervisor");
            await page.FillAsync("#password", $"wrong-password-{attempt}");
            await page.ClickAsync("[data-testid=sign-in]");
            await Expect(page.GetByTestId("login-message")).ToContainTextAsync("用户名或密码不正确，或账户已被锁定");
        }

        // Even the right password is refused while locked.
        await page.FillAsync("#username", "shiquan-supervisor");
        await page.FillAsync("#password", Demo.Password);
        await page.ClickAsync("[data-testid=sign-in]");
        await Expect(page.GetByTestId("login-message")).ToContainTextAsync("用户名或密码不正确，或账户已被锁定");
        await Expect(page.GetByTestId("tenant-name")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Health_endpoint_checks_the_database()
    {
        var page = await browser.NewPageAsync(portal.BaseUrl);
        var response = await page.APIRequest.GetAsync("healthz");
        Assert.Equal(200, response.Status);
        Assert.Contains("\"database\":\"Healthy\"", await response.TextAsync(), StringComparison.Ordinal);
    }
}
