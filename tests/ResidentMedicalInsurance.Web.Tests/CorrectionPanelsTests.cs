using Microsoft.Extensions.DependencyInjection;
using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Application.Features.Households;
using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Domain.Households;
using ResidentMedicalInsurance.Application.Features.Refunds;
using ResidentMedicalInsurance.Domain.Refunds;
using ResidentMedicalInsurance.Web.Components.Households;
using ResidentMedicalInsurance.Web.Components.Refunds;

namespace ResidentMedicalInsurance.Web.Tests;

/// <summary>信息变更, 死亡/迁出/离户 and 撤销登记 on the household page (issue 12).</summary>
public sealed class CorrectionPanelsTests : ComponentTest
{
    private readonly ClerkOptions options;
    private readonly MemberView member = Clerk.Member("王小明", Clerk.AwaitingPayment(280_00));
    private readonly List<string> saved = [];

    public CorrectionPanelsTests()
    {
        options = Clerk.Options(Services.GetRequiredService<IPolicyGateway>());
        Mediator.Respond<GetResidentForEdit, ResidentForEdit>(r => new ResidentForEdit(r.ResidentId, "320703********1234", false,
            new ResidentInput { Name = "王小明", Relationship = Relationship.Child, Phone = "13800000000" }));
        Mediator.Respond<UpdateResident, Guid>(r => r.ResidentId);
    }

    private IRenderedComponent<EditMemberPanel> RenderEdit() => Render<EditMemberPanel>(p => p
        .Add(x => x.Member, member)
        .Add(x => x.Options, options)
        .Add(x => x.OnSaved, (string m) => saved.Add(m)));

    [Fact]
    public void The_edit_form_shows_the_masked_id_number_read_only_and_saves_the_details_with_the_number_unchanged()
    {
        var cut = RenderEdit();

        var id = cut.Find("#edit-id");
        Assert.Equal("320703********1234", id.GetAttribute("value"));
        Assert.True(id.HasAttribute("readonly"));
        id.Blur();
        Assert.Empty(cut.FindAll("[data-testid=edit-id-problem]"));
        Assert.Equal("王小明", cut.Find("#edit-name").GetAttribute("value"));
        cut.Find("#edit-name").Input("王晓明");
        cut.Find("[data-testid=edit-member-form]").Submit();

        var update = Assert.Single(Mediator.SentOf<UpdateResident>());
        Assert.Equal(member.ResidentId, update.ResidentId);
        Assert.Equal(("王晓明", "", Relationship.Child, "13800000000"), (update.Details.Name, update.Details.IdNumber, update.Details.Relationship, update.Details.Phone));
        Assert.Equal("已保存 王晓明 的信息变更。", Assert.Single(saved));
    }

    [Fact]
    public void The_edit_form_shows_a_refused_field_beside_it_and_drops_it_when_the_field_changes()
    {
        var cut = RenderEdit();

        cut.Find("#edit-phone").Input("电话");
        cut.Find("[data-testid=edit-member-form]").Submit();

        Assert.Equal("联系电话格式不正确，请填写手机号或带区号的固定电话。", cut.Find("[data-testid=edit-phone-problem]").TextContent);
        Assert.Equal("请按各栏旁的提示修改后再保存。", cut.Find("[data-testid=edit-error]").TextContent);
        Assert.Empty(Mediator.Handled.OfType<UpdateResident>());
        cut.Find("#edit-phone").Input("13900000000");
        Assert.Empty(cut.FindAll("[data-testid=edit-phone-problem]"));
        Assert.Empty(saved);
    }

    [Fact]
    public void The_departure_form_refuses_a_future_date_beside_the_field_and_sends_the_chosen_reason()
    {
        var departed = new List<ResidentDeparted>();
        Mediator.Respond<MarkResidentDeparted, ResidentDeparted>(r => new ResidentDeparted(r.ResidentId, "已登记。", null));
        var cut = Render<DeparturePanel>(p => p.Add(x => x.Member, member).Add(x => x.OnSaved, (ResidentDeparted d) => departed.Add(d)));

        Assert.Equal(["死亡", "户籍迁出", "离户"], cut.FindAll("#departure-reason option").Select(o => o.TextContent));
        cut.Find("#departure-reason").Change(nameof(DepartureReason.MovedOut));
        cut.Find("#departure-date").Input("2020-11-17");
        cut.Find("[data-testid=departure-form]").Submit();
        Assert.Equal("变动日期不能晚于今天。", cut.Find("[data-testid=departure-date-problem]").TextContent);
        Assert.Empty(departed);

        cut.Find("#departure-date").Input("2020-11-10");
        Assert.Empty(cut.FindAll("[data-testid=departure-date-problem]"));
        cut.Find("[data-testid=departure-form]").Submit();

        var sent = Assert.Single(Mediator.Handled.OfType<MarkResidentDeparted>());
        Assert.Equal((DepartureReason.MovedOut, new DateOnly(2020, 11, 10)), (sent.Reason, sent.Date));
        Assert.Single(departed);
    }

    [Fact]
    public void After_a_move_out_the_refund_form_starts_from_its_reason_and_date()
    {
        var paid = Clerk.Member("王小明", Clerk.Paid());
        var start = new RefundToRequest(paid.Enrollment!.EnrollmentId, RefundReason.MovedOut, new DateOnly(2020, 11, 2));
        Mediator.Respond<RequestRefund, RefundRequested>(r => new RefundRequested(Guid.NewGuid(), 280_00, "280.00 元", true, [], "已提交。"));
        var cut = Render<RefundRequestPanel>(p => p.Add(x => x.Member, paid).Add(x => x.Options, options).Add(x => x.Start, start));

        Assert.Equal("2020-11-02", cut.Find("#refund-date").GetAttribute("value"));
        cut.Find("[data-testid=refund-form]").Submit();

        var sent = Assert.Single(Mediator.Handled.OfType<RequestRefund>());
        Assert.Equal((start.EnrollmentId, RefundReason.MovedOut, start.EventDate), (sent.EnrollmentId, sent.Reason, sent.EventDate));
    }

    [Fact]
    public void Withdrawing_asks_first_names_the_household_when_it_goes_too_and_shows_a_refusal()
    {
        Mediator.Fail<WithdrawRegistration>(new AppException("王小明 已有缴费记录，不能撤销登记；如属误缴，请办理退费申请。"));
        var cut = Render<WithdrawPanel>(p => p.Add(x => x.Member, member).Add(x => x.RemovesHousehold, true));

        Assert.Contains("户的登记一并撤销", cut.Find("[data-testid=withdraw-question]").TextContent);
        Assert.Empty(Mediator.Sent);
        cut.Find("[data-testid=confirm-withdraw]").Click();

        Assert.Equal(member.ResidentId, Assert.Single(Mediator.SentOf<WithdrawRegistration>()).ResidentId);
        Assert.Contains("已有缴费记录", cut.Find("[data-testid=withdraw-error]").TextContent);
    }

    [Fact]
    public void A_row_offers_withdrawal_only_while_unpaid_and_departure_only_once()
    {
        var paid = Render<MemberCorrections>(p => p.Add(x => x.Member, Clerk.Member("已缴", Clerk.Paid())));
        var departed = Render<MemberCorrections>(p => p.Add(x => x.Member, member with { DepartureText = "死亡（2020年11月1日）" }));

        Assert.Single(paid.FindAll("[data-testid=edit-member]"));
        Assert.Single(paid.FindAll("[data-testid=depart-member]"));
        Assert.Empty(paid.FindAll("[data-testid=withdraw-member]"));
        Assert.Empty(departed.FindAll("[data-testid=depart-member]"));
        Assert.Single(departed.FindAll("[data-testid=withdraw-member]"));
    }
}
