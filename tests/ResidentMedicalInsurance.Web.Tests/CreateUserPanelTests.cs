using ResidentMedicalInsurance.Application.Features.Tenancy;
using ResidentMedicalInsurance.Application.Features.Users;
using ResidentMedicalInsurance.Application.Security;
using ResidentMedicalInsurance.Web.Components.Users;

namespace ResidentMedicalInsurance.Web.Tests;

/// <summary>新建用户: the request's own zh-CN messages beside the fields, townships only for a clerk, the one-time password handed to the page.</summary>
public sealed class CreateUserPanelTests : ComponentTest
{
    private static readonly TownshipRow Chengguan = new(Guid.NewGuid(), "城关镇", null, null, true);
    private static readonly TownshipRow Meixian = new(Guid.NewGuid(), "梅仙镇", null, null, true);
    private readonly List<OneTimePasswordIssued> created = [];

    public CreateUserPanelTests() =>
        Mediator.Respond<CreateUser, OneTimePasswordIssued>(r => new OneTimePasswordIssued("id-1", r.UserName.Trim(), "Abcd-2345-efgh!", "已创建。"));

    private IRenderedComponent<CreateUserPanel> RenderPanel() =>
        Render<CreateUserPanel>(p => p.Add(x => x.Townships, [Chengguan, Meixian]).Add(x => x.OnCreated, (OneTimePasswordIssued c) => created.Add(c)));

    private static void Fill(IRenderedComponent<CreateUserPanel> cut, string role, string userName, string displayName)
    {
        cut.Find("[data-testid=new-role]").Change(role);
        cut.Find("[data-testid=new-username]").Change(userName);
        cut.Find("[data-testid=new-displayname]").Change(displayName);
    }

    [Fact]
    public void A_clerk_without_a_township_gets_the_message_beside_the_townships_and_nothing_is_sent()
    {
        var cut = RenderPanel();
        Fill(cut, Roles.Clerk, "yx-zhao", "赵敏");
        cut.Find("[data-testid=create-user-form]").Submit();

        Assert.Equal(UserRules.ClerkNeedsTownship, cut.Find("[data-testid=new-townships-problem]").TextContent);
        Assert.Empty(Mediator.Sent);
    }

    [Fact]
    public void A_clerk_bound_to_the_ticked_township_is_created_and_the_page_gets_the_one_time_password()
    {
        var cut = RenderPanel();
        Fill(cut, Roles.Clerk, "yx-zhao", "赵敏");
        cut.Find("[data-testid=township-梅仙镇]").Change(true);
        cut.Find("[data-testid=create-user-form]").Submit();

        var sent = Assert.Single(Mediator.SentOf<CreateUser>());
        Assert.Equal([Meixian.Id], sent.TownshipIds);
        Assert.Equal("Abcd-2345-efgh!", Assert.Single(created).OneTimePassword);
        Assert.Equal("", cut.Find("[data-testid=new-username]").GetAttribute("value"));
    }

    [Fact]
    public void Other_roles_bind_no_township_and_a_bad_user_name_is_explained_beside_the_field()
    {
        var cut = RenderPanel();
        Fill(cut, Roles.CountyStaff, "王 芳", "王芳");
        Assert.Empty(cut.FindAll("[data-testid=new-townships]"));
        cut.Find("[data-testid=create-user-form]").Submit();

        Assert.Contains("只能包含字母、数字", cut.Find("[data-testid=new-username-problem]").TextContent, StringComparison.Ordinal);
        Assert.Empty(Mediator.Sent);
    }
}
