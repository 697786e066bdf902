using static Microsoft.Playwright.Assertions;
using static ResidentMedicalInsurance.Web.EndToEnd.ClerkSteps;

namespace ResidentMedicalInsurance.Web.EndToEnd;

/// <summary>信息变更, 撤销登记 and 死亡登记 on the household page (issue 12).</summary>
[Collection(ClerkPortalCollection.Name)]
public sealed class CorrectionTests(ClerkPortal portal, BrowserSession browser)
{
    [Fact]
    public async Task A_clerk_corrects_a_member_withdraws_a_mistaken_one_and_records_a_death()
    {
        var page = await browser.NewPageAsync(portal.BaseUrl);
        await Demo.SignInAsync(page, "youxi-clerk2", path: "/households/new");
        await RegisterHouseholdAsync(page, "YX-COR-1", "城东村", "城东村 5 号", new Person("林甲", IdNumber("350426", new(1970, 4, 5), 71)));
        await AddMemberAsync(page, new Person("林乙", IdNumber("350426", new(2001, 6, 7), 73), Relationship: "Child"));
        await AddMemberAsync(page, new Person("错登丙", IdNumber("350426", new(2002, 8, 9), 75), Relationship: "Child"));

        await Row(page, "林乙").GetByTestId("edit-member").ClickAsync();
        await Expect(page.Locator("#edit-name")).ToBeFocusedAsync();
        await Expect(page.Locator("#edit-id")).ToHaveValueAsync("350426********0739");
        await page.FillAsync("#edit-name", "林晓乙");
        await page.PressAsync("#edit-phone", "Enter");
        await Expect(page.GetByTestId("page-info")).ToContainTextAsync("已保存 林晓乙 的信息变更");
        await Expect(Row(page, "林晓乙")).ToHaveCountAsync(1);

        await Row(page, "错登丙").GetByTestId("withdraw-member").ClickAsync();
        await page.GetByTestId("confirm-withdraw").ClickAsync();
        await Expect(page.GetByTestId("page-info")).ToContainTextAsync("已撤销 错登丙 的登记");
        await Expect(Row(page, "错登丙")).ToHaveCountAsync(0);

        await Row(page, "林甲").GetByTestId("depart-member").ClickAsync();
        await page.GetByTestId("save-departure").ClickAsync();
        await Expect(page.GetByTestId("page-info")).ToContainTextAsync("已登记 林甲 死亡");
        await Expect(Row(page, "林甲").GetByTestId("member-departure")).ToContainTextAsync("死亡");
        await Expect(Row(page, "林甲").GetByTestId("depart-member")).ToHaveCountAsync(0);
    }
}
