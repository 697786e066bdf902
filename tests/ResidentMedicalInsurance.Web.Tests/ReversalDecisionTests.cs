using ResidentMedicalInsurance.Application.Features.Reversals;
using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Domain.Payments;
using ResidentMedicalInsurance.Web.Components.Reversals;

namespace ResidentMedicalInsurance.Web.Tests;

/// <summary>冲正审核: one pending request with the payment it reverses; approving asks first, a rejection needs its reason.</summary>
public sealed class ReversalDecisionTests : ComponentTest
{
    private readonly List<PaymentReversalDecided> decided = [];

    private static readonly PaymentReversalItem Item = new(
        Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "王小明", "320703********1234", "新坝镇", "3207030001",
        2021, "微信小程序“江苏税务社保缴纳”", "LYG-V001", "2020-11-15 16:05", "280.00 元", "录错人员：应为其配偶缴费",
        ReversalStatus.Pending, "待审核", "clerk-lyg", "2020-11-16 09:00", null, "—", null);

    public ReversalDecisionTests()
    {
        Mediator.Respond<ApprovePaymentReversal, PaymentReversalDecided>(r => new(r.ReversalId, ReversalStatus.Approved, "已批准", EnrollmentStatus.AwaitingPayment, "已批准冲正。"));
        Mediator.Respond<RejectPaymentReversal, PaymentReversalDecided>(r => new(r.ReversalId, ReversalStatus.Rejected, "已驳回", EnrollmentStatus.Paid, "已驳回冲正申请。"));
    }

    private IRenderedComponent<ReversalDecision> RenderDecision() =>
        Render<ReversalDecision>(p => p.Add(x => x.Item, Item).Add(x => x.OnDecided, (PaymentReversalDecided d) => decided.Add(d)));

    [Fact]
    public void The_request_shows_the_payment_the_reason_and_approval_asks_first()
    {
        var cut = RenderDecision();

        Assert.Equal("凭证号：LYG-V001", cut.Find("[data-testid=reversal-voucher]").TextContent);
        Assert.Equal("冲正金额：280.00 元", cut.Find("[data-testid=reversal-amount]").TextContent);
        Assert.Equal("冲正原因：录错人员：应为其配偶缴费", cut.Find("[data-testid=reversal-reason]").TextContent);
        Assert.Equal($"print/receipt/{Item.PaymentId}", cut.Find("[data-testid=reversal-receipt]").GetAttribute("href"));
        cut.Find("[data-testid=approve]").Click();
        Assert.Empty(Mediator.Sent);
        Assert.Contains("确认冲正王小明凭证号 LYG-V001 的缴费 280.00 元？", cut.Find("[data-testid=approve-confirmation]").TextContent, StringComparison.Ordinal);
        cut.Find("[data-testid=approve-confirm]").Click();

        Assert.Equal(new ApprovePaymentReversal(Item.ReversalId, null), Assert.Single(Mediator.SentOf<ApprovePaymentReversal>()));
        Assert.Equal(ReversalStatus.Approved, Assert.Single(decided).Status);
    }

    [Fact]
    public void A_rejection_without_a_reason_is_refused_in_Chinese_and_with_one_it_is_sent()
    {
        var cut = RenderDecision();

        cut.Find("[data-testid=reject]").Click();
        Assert.Equal("驳回冲正申请时请填写驳回原因。", cut.Find("[data-testid=decision-error]").TextContent);
        cut.Find("[data-testid=decision-note]").Input("凭证核对无误");
        cut.Find("[data-testid=reject]").Click();

        Assert.Equal(new RejectPaymentReversal(Item.ReversalId, "凭证核对无误"), Mediator.SentOf<RejectPaymentReversal>()[^1]);
        Assert.Equal(ReversalStatus.Rejected, Assert.Single(decided).Status);
    }
}
