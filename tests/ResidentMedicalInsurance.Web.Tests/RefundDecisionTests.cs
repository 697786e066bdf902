using AngleSharp.Dom;
using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Application.Features.Households;
using ResidentMedicalInsurance.Application.Features.Refunds;
using ResidentMedicalInsurance.Domain.Auditing;
using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Domain.Refunds;
using ResidentMedicalInsurance.Web.Components.Refunds;

namespace ResidentMedicalInsurance.Web.Tests;

public sealed class RefundDecisionTests : ComponentTest
{
    private readonly List<RefundDecided> decided = [];

    public RefundDecisionTests() =>
        Mediator.Respond<DecideRefund, RefundDecided>(r => new RefundDecided(
            r.RefundId,
            r.Approve ? RefundStatus.Approved : RefundStatus.Rejected,
            r.Approve ? "已批准" : "已驳回",
            r.Approve ? EnrollmentStatus.Ended : EnrollmentStatus.Paid,
            r.Approve ? "退费已批准。" : "退费已驳回。"));

    private static RefundQueueItem Item(bool endsEnrollment = true, string? note = "参军入伍通知书复印件已收") => new(
        Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "王小明", "320703********1234", "新坝镇",
        2021, "应征入伍", "2021年3月1日", "280.00 元", endsEnrollment, RefundStatus.Pending, "待审核",
        "clerk-lyg", "2021-03-02 10:15", note, null,
        ["连政办传〔2019〕65号 五(二)：参军入伍的退还个人缴费", "已享受待遇的不予退费"]);

    private IRenderedComponent<RefundDecision> RenderDecision(RefundQueueItem item) =>
        Render<RefundDecision>(p => p.Add(x => x.Item, item).Add(x => x.OnDecided, (RefundDecided d) => decided.Add(d)));

    private static IElement Button(IRenderedComponent<RefundDecision> cut, string testId) => cut.Find($"[data-testid={testId}]");

    [Fact]
    public void Refund_decision_shows_the_request_with_the_amount_in_yuan_the_basis_and_the_households_link()
    {
        var item = Item();
        var cut = RenderDecision(item);

        Assert.Equal("王小明", cut.Find("[data-testid=refund-name]").TextContent);
        Assert.Equal("应退金额：280.00 元", cut.Find("[data-testid=refund-amount]").TextContent);
        Assert.Equal("依据：连政办传〔2019〕65号 五(二)：参军入伍的退还个人缴费；已享受待遇的不予退费", cut.Find(".rmi-basis").TextContent);
        Assert.Contains("批准后终止参保", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("备注：参军入伍通知书复印件已收", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("申请人：clerk-lyg 2021-03-02 10:15", cut.Markup, StringComparison.Ordinal);
        Assert.Equal($"households/{item.HouseholdId}", cut.Find("[data-testid=refund-household]").GetAttribute("href"));
        Assert.Equal("320703********1234", cut.Find("[data-testid=id-number]").TextContent);
    }

    [Fact]
    public void Refund_decision_says_when_the_enrolment_stays_valid_and_omits_an_empty_note()
    {
        var cut = RenderDecision(Item(endsEnrollment: false, note: null));

        Assert.Contains("批准后参保登记保持有效", cut.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("批准后终止参保", cut.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("备注：", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Refund_decision_approves_with_the_typed_note()
    {
        var item = Item();
        var cut = RenderDecision(item);

        cut.Find("[data-testid=decision-note]").Input("材料齐全");
        Button(cut, "approve").Click();
        Button(cut, "approve-confirm").Click();

        Assert.Equal(new DecideRefund(item.RefundId, true, "材料齐全"), Assert.Single(Mediator.SentOf<DecideRefund>()));
        Assert.Equal(RefundStatus.Approved, Assert.Single(decided).Status);
    }

    [Fact]
    public void Refund_decision_never_approves_on_Enter_in_the_rejection_reason()
    {
        var cut = RenderDecision(Item());

        var note = cut.Find("[data-testid=decision-note]");
        note.Input("材料不全");

        // Nothing listens to Enter in the reason, and there is no form for it to submit.
        Assert.Throws<MissingEventHandlerException>(() => note.KeyDown(Key.Enter));
        Assert.Empty(cut.FindAll("form"));
        Assert.Empty(Mediator.Sent);
        Assert.Empty(cut.FindAll("[data-testid=approve-confirmation]"));
    }

    [Fact]
    public void Refund_decision_asks_for_a_confirmation_naming_the_amount_before_approving_and_can_be_cancelled()
    {
        var cut = RenderDecision(Item());

        Button(cut, "approve").Click();

        Assert.Empty(Mediator.Sent);
        Assert.Equal("确认批准王小明的退费申请，退还 280.00 元？ 批准后终止参保", cut.Find("[data-testid=approve-confirmation] span").TextContent);
        Assert.True(Button(cut, "approve").HasAttribute("disabled"));
        Button(cut, "approve-cancel").Click();
        Assert.Empty(cut.FindAll("[data-testid=approve-confirmation]"));
        Assert.Empty(Mediator.Sent);
        Assert.Empty(decided);
    }

    [Fact]
    public void Refund_decision_refuses_a_rejection_without_a_reason_and_says_what_to_do()
    {
        var cut = RenderDecision(Item());

        Button(cut, "reject").Click();

        Assert.Equal("驳回退费申请时请填写驳回原因。", cut.Find("[data-testid=decision-error]").TextContent);
        Assert.Empty(Mediator.Handled);
        Assert.Empty(decided);
    }

    [Fact]
    public void Refund_decision_rejects_with_the_reason()
    {
        var item = Item();
        var cut = RenderDecision(item);

        cut.Find("[data-testid=decision-note]").Input("已发生医保报销，不予退费");
        Button(cut, "reject").Click();

        Assert.Equal(new DecideRefund(item.RefundId, false, "已发生医保报销，不予退费"), Assert.Single(Mediator.SentOf<DecideRefund>()));
        Assert.Equal(RefundStatus.Rejected, Assert.Single(decided).Status);
        Assert.Empty(cut.FindAll("[data-testid=decision-error]"));
    }

    [Fact]
    public void Refund_decision_shows_why_the_handler_refused_and_reports_no_decision()
    {
        Mediator.Fail<DecideRefund>(new AppException("该退费申请已由 county-lyg 审核，请刷新列表。"));
        var cut = RenderDecision(Item());

        Button(cut, "approve").Click();
        Button(cut, "approve-confirm").Click();

        Assert.Equal("该退费申请已由 county-lyg 审核，请刷新列表。", cut.Find("[data-testid=decision-error]").TextContent);
        Assert.Empty(decided);
    }

    [Fact]
    public void Refund_decision_disables_both_buttons_while_deciding()
    {
        var pending = new TaskCompletionSource<RefundDecided>();
        Mediator.RespondAsync<DecideRefund, RefundDecided>(_ => pending.Task);
        var item = Item();
        var cut = RenderDecision(item);

        Button(cut, "approve").Click();
        Button(cut, "approve-confirm").Click();

        Assert.True(Button(cut, "approve-confirm").HasAttribute("disabled"));
        Assert.True(Button(cut, "reject").HasAttribute("disabled"));
        pending.SetResult(new RefundDecided(item.RefundId, RefundStatus.Approved, "已批准", EnrollmentStatus.Ended, "退费已批准。"));
        cut.WaitForAssertion(() => Assert.False(Button(cut, "reject").HasAttribute("disabled")));
        Assert.Single(decided);
    }

    [Fact]
    public void Refund_decision_reveals_the_full_id_number_on_request()
    {
        var item = Item();
        Mediator.Respond<RevealIdNumber, RevealedIdNumber>(r => new RevealedIdNumber(r.ResidentId, "320703201005011234", "2010年5月1日"));
        var cut = RenderDecision(item);

        cut.Find("[data-testid=reveal]").Click();
        cut.Find("[data-testid=reveal-purpose]").Change(nameof(RevealPurpose.Refund));
        cut.Find("[data-testid=reveal-confirm]").Click();

        var sent = Assert.Single(Mediator.SentOf<RevealIdNumber>());
        Assert.Equal((item.ResidentId, RevealPurpose.Refund), (sent.ResidentId, sent.Purpose));
        Assert.Equal("320703201005011234", cut.Find("[data-testid=id-number]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=reveal]"));
    }
}
