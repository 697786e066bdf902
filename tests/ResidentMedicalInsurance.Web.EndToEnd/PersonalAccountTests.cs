using static Microsoft.Playwright.Assertions;
using static ResidentMedicalInsurance.Web.EndToEnd.ClerkSteps;

namespace ResidentMedicalInsurance.Web.EndToEnd;

/// <summary>个人账户 (连政办发〔2007〕149号 第七条, ADR 0068): a paid 2008 household, staff credit the year, the household page shows 50.00 元.</summary>
[Collection(Lianyungang2008Collection.Name)]
public sealed class PersonalAccountTests(Lianyungang2008Portal portal, BrowserSession browser)
{
    [Fact]
    public async Task Staff_credit_the_year_and_the_household_page_shows_the_personal_account()
    {
        var clerk = await browser.NewPageAsync(portal.BaseUrl);
        await Demo.SignInAsync(clerk, "lianyungang-clerk", path: "/households/new");
        await RegisterHouseholdAsync(clerk, "LYG-ACC-1", "新浦街道", "海连路6号", new Person("孙账户", IdNumber("320703", new(1968, 6, 6), 61)));
        await clerk.GetByTestId("enroll-preview").ClickAsync();
        await Expect(clerk.GetByTestId("quote-fee").First).ToHaveTextAsync("120.00 元");
        await clerk.GetByTestId("enroll-save").ClickAsync();
        await Expect(clerk.GetByTestId("member-status")).ToHaveTextAsync(["待缴费"]);
        await Expect(await PayAsync(clerk, "孙账户", "LYG-ACC-V1", new DateTime(2007, 10, 15, 9, 0, 0), "120.00")).ToContainTextAsync("已登记缴费");
        var household = clerk.Url;
        await Expect(clerk.GetByTestId("personal-accounts")).ToContainTextAsync("暂无个人账户记录");

        var staff = await browser.NewPageAsync(portal.BaseUrl);
        await Demo.SignInAsync(staff, "lianyungang-staff", path: "/accounts");
        await Expect(staff.GetByTestId("accounts-amount")).ToHaveTextAsync("50.00 元");
        await Expect(staff.GetByTestId("nav")).ToContainTextAsync("个人账户");
        await staff.GetByTestId("accounts-credit").ClickAsync();
        await Expect(staff.GetByTestId("accounts-info")).ToContainTextAsync("划入个人账户 50.00 元");
        await Expect(staff.GetByTestId("accounts-not-credited")).ToHaveTextAsync("0");
        await Expect(staff.GetByTestId("accounts-last-run")).ToContainTextAsync("lianyungang-staff");
        await staff.GetByTestId("accounts-credit").ClickAsync();
        await Expect(staff.GetByTestId("accounts-info")).ToContainTextAsync("没有需要划入的人员");

        await clerk.GotoAsync(household);
        var statement = clerk.GetByTestId("personal-accounts");
        await Expect(statement.GetByTestId("account-balance")).ToHaveTextAsync(["50.00 元"]);
        await Expect(statement.GetByTestId("account-kind")).ToHaveTextAsync(["划入"]);
        await Expect(statement).ToContainTextAsync("第七条");
    }
}
