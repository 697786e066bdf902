using Microsoft.AspNetCore.Components.Web;
using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Application.Features.Households;
using ResidentMedicalInsurance.Application.Features.Reversals;
using ResidentMedicalInsurance.Web.Components.Reversals;

namespace ResidentMedicalInsurance.Web.Tests;

/// <summary>冲正申请 on the household page: keyboard first, the usual reason plus details, the reason's problem beside its field.</summary>
public sealed class ReversalRequestPanelTests : ComponentTest
{
    private readonly MemberView member = Clerk.Member("王小明", Clerk.Paid());
    private readonly List<PaymentReversalRequested> saved = [];

    public ReversalRequestPanelTests() =>
        Mediator.Respond<RequestPaymentReversal, PaymentReversalRequested>(r => new(Guid.NewGuid(), member.Enrollment!.EnrollmentId, "已提交冲正申请。"));

    private IRenderedComponent<ReversalRequestPanel> RenderPanel() =>
        Render<ReversalRequestPanel>(p => p.Add(x => x.Member, member).Add(x => x.OnSaved, (PaymentReversalRequested r) => saved.Add(r)));

    [Fact]
    public void The_cursor_starts_on_the_usual_reasons_and_Enter_there_sends_the_first_one()
    {
        var cut = RenderPanel();

        JSInterop.VerifyFocusAsyncInvoke().Arguments[0].ShouldBeElementReferenceTo(cut.Find("#reversal-kind"));
        Assert.Equal(["录错人员", "金额录错", "凭证号录错", "重复录入", "其他（请在说明中填写）"], cut.FindAll("#reversal-kind option").Select(o => o.TextContent));
        Assert.Equal("冲正申请：王小明（实缴 280.00 元）", cut.Find("legend").TextContent);
        cut.Find("#reversal-kind").KeyDown(new KeyboardEventArgs { Key = "Enter" });

        var sent = Assert.Single(Mediator.SentOf<RequestPaymentReversal>());
        Assert.Equal((member.Enrollment!.PaymentId!.Value, "录错人员"), (sent.PaymentId, sent.Reason));
        Assert.Single(saved);
    }

    [Fact]
    public void The_reason_is_the_choice_with_the_details_and_Enter_in_the_details_submits()
    {
        var cut = RenderPanel();

        cut.Find("#reversal-kind").Change("凭证号录错");
        cut.Find("#reversal-note").Input("应为 V-0002");
        cut.Find("form").Submit();

        Assert.Equal("凭证号录错：应为 V-0002", Assert.Single(Mediator.SentOf<RequestPaymentReversal>()).Reason);
    }

    [Fact]
    public void Other_without_details_is_refused_beside_the_details_in_Chinese_and_typing_clears_it()
    {
        var cut = RenderPanel();

        cut.Find("#reversal-kind").Change("");
        cut.Find("form").Submit();

        Assert.Equal("请填写冲正原因。", cut.Find("[data-testid=reversal-reason-problem]").TextContent);
        Assert.Empty(Mediator.Handled);
        Assert.Empty(saved);
        cut.Find("#reversal-note").Input("缴费人要求撤回");
        Assert.Empty(cut.FindAll("[data-testid=reversal-reason-problem]"));
    }

    [Fact]
    public void A_refusal_of_the_handler_is_shown_under_the_form()
    {
        Mediator.Fail<RequestPaymentReversal>(new AppException("该笔缴费有待审核的退费申请（误缴 280.00 元），请先处理退费：退费申请被驳回后才能申请冲正。"));
        var cut = RenderPanel();

        cut.Find("form").Submit();

        Assert.Contains("请先处理退费", cut.Find("[data-testid=reversal-error]").TextContent, StringComparison.Ordinal);
        Assert.Empty(saved);
    }
}
