using ResidentMedicalInsurance.Application.Features.Households;
using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Domain.Residents;
using ResidentMedicalInsurance.Web.Components.Households;
using ResidentMedicalInsurance.Web.Components.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace ResidentMedicalInsurance.Web.Tests;

/// <summary>Issue 12: "a duplicate is not shown in green": an ID number already on record is an amber notice.</summary>
public sealed class WarningAlertTests : ComponentTest
{
    [Fact]
    public void The_clerk_alert_shows_each_kind_in_its_own_style_and_role()
    {
        var cut = Render<ClerkAlert>(p => p
            .Add(x => x.Error, "出错了")
            .Add(x => x.Warning, "请留意")
            .Add(x => x.Info, "已保存")
            .Add(x => x.Prefix, "x-"));

        Assert.Equal("alert", cut.Find("[data-testid=x-error]").GetAttribute("role"));
        var warning = cut.Find("[data-testid=x-warning]");
        Assert.Equal("请留意", warning.TextContent);
        Assert.Equal("status", warning.GetAttribute("role"));
        Assert.Contains("rmi-alert-warning", warning.ClassList);
        Assert.Contains("rmi-alert-info", cut.Find("[data-testid=x-info]").ClassList);
    }

    [Fact]
    public void A_member_whose_id_number_is_on_record_is_a_warning_not_the_green_success()
    {
        const string Message = "该身份证号已登记（王明），已为您打开原登记记录，未重复登记。";
        Mediator.Respond<AddHouseholdMember, ResidentRegistration>(r => new(r.HouseholdId, Guid.NewGuid(), AlreadyRegistered: true, Message));
        var cut = RenderAndSave();

        Assert.Equal(Message, cut.Find("[data-testid=member-warning]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=member-info]"));
    }

    [Fact]
    public void A_new_member_is_the_green_success()
    {
        Mediator.Respond<AddHouseholdMember, ResidentRegistration>(r => new(r.HouseholdId, Guid.NewGuid(), AlreadyRegistered: false, "已登记成员 王明。"));
        var cut = RenderAndSave();

        Assert.Equal("已登记成员 王明。", cut.Find("[data-testid=member-info]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=member-warning]"));
    }

    private IRenderedComponent<AddMemberPanel> RenderAndSave()
    {
        var cut = Render<AddMemberPanel>(p => p
            .Add(x => x.HouseholdId, Guid.NewGuid())
            .Add(x => x.Options, Clerk.Options(Services.GetRequiredService<IPolicyGateway>())));
        cut.Find("#member-name").Input("王明");
        cut.Find("#member-id").Input("32070320100501123" + ResidentIdNumber.ComputeCheckDigit("32070320100501123"));
        cut.Find("form").Submit();
        return cut;
    }
}
