using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using ResidentMedicalInsurance.Application.Features.Common;
using ResidentMedicalInsurance.Application.Features.Households;
using ResidentMedicalInsurance.Application.Features.Payments;
using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Web.Components.Payments;

namespace ResidentMedicalInsurance.Web.Tests;

/// <summary>一票缴费 panel: the ticked members summed as the clerk ticks, the amounts asked again for a new paid date, the ticks sent.</summary>
public sealed class HouseholdPaymentPanelTests : ComponentTest
{
    private static readonly Guid HouseholdId = Guid.NewGuid();
    private readonly ClerkOptions options;
    private readonly List<PaymentBatchRecorded> saved = [];

    public HouseholdPaymentPanelTests()
    {
        options = Clerk.Options(Services.GetRequiredService<IPolicyGateway>()) with { HouseholdChannels = PaymentChannels.ForHousehold("lianyungang") };
        Mediator.Respond<PreviewHouseholdPayment, HouseholdPaymentPreview>(p => Preview(p.PaidOn, p.PaidOn >= new DateOnly(2020, 7, 1) ? 770_00 : 280_00));
        Mediator.Respond<RecordHouseholdPayment, PaymentBatchRecorded>(r => new(
            Guid.NewGuid(), false, r.EnrollmentIds.Count, r.AmountFen, Display.Yuan(r.AmountFen), r.Voucher, r.PaidAt, "已登记一票缴费。", []));
    }

    private static readonly Guid[] Enrollments = [Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()];

    private static BatchMemberLine Line(int i, string name, long? fen, string? problem = null, string? subsidy = null) => new(
        Enrollments[i], Guid.NewGuid(), HouseholdId, name, "320703********123" + i, "新坝村", "3207030001",
        problem is null ? fen : null, Display.Yuan(problem is null ? fen : null), "380.00 元", subsidy is null ? null : "380.00 元", subsidy, problem);

    private static HouseholdPaymentPreview Preview(DateOnly on, long fen)
    {
        BatchMemberLine[] members =
        [
            Line(0, "王户主", fen), Line(1, "李配偶", fen), Line(2, "王小宝", fen),
            Line(3, "王奶奶", 0, "个人缴费已全额资助（特困供养人员），应缴 0.00 元，不在一票缴费之列，由部门代缴登记", "特困供养人员"),
        ];
        return new(HouseholdId, on, members, members[..3].Select(m => m.EnrollmentId).ToList(), fen * 3, Display.Yuan(fen * 3));
    }

    private IRenderedComponent<HouseholdPaymentPanel> RenderPanel() => Render<HouseholdPaymentPanel>(p => p
        .Add(x => x.HouseholdId, HouseholdId)
        .Add(x => x.Options, options)
        .Add(x => x.PaidAtDefault, "2019-12-05 10:00")
        .Add(x => x.OnSaved, (PaymentBatchRecorded r) => saved.Add(r)));

    [Fact]
    public void The_members_awaiting_payment_are_listed_with_their_amounts_summed_and_the_cursor_on_the_voucher()
    {
        var cut = RenderPanel();

        Assert.Equal(new DateOnly(2019, 12, 5), Assert.Single(Mediator.SentOf<PreviewHouseholdPayment>()).PaidOn);
        Assert.Equal(["280.00 元", "280.00 元", "280.00 元"], cut.FindAll("[data-testid=hp-amount]").Take(3).Select(e => e.TextContent));
        Assert.Equal("840.00 元", cut.Find("[data-testid=hp-sum]").TextContent);
        Assert.Equal("合计（3 人）", cut.Find("tfoot th").TextContent);
        Assert.Equal("按凭证上的合计金额填写；应缴合计 840.00 元", cut.Find("[data-testid=hp-total-hint]").TextContent);
        var waived = cut.Find("[data-testid=hp-member][data-name='王奶奶']");
        Assert.True(waived.QuerySelector("input")!.HasAttribute("disabled"));
        Assert.Contains("由部门代缴登记", waived.TextContent);
        Assert.Equal(PaymentChannels.ForHousehold("lianyungang").Select(c => c.Code), cut.FindAll("#hp-channel option").Select(o => o.GetAttribute("value")));
        JSInterop.VerifyFocusAsyncInvoke().Arguments[0].ShouldBeElementReferenceTo(cut.Find("#hp-voucher"));
    }

    [Fact]
    public void Unticking_a_member_takes_them_out_of_the_sum_and_out_of_the_voucher()
    {
        var cut = RenderPanel();

        cut.Find($"#hp-tick-{Enrollments[1]}").Change(false);
        cut.Find("#hp-voucher").Input("WX-HH-1");
        cut.Find("#hp-total").Input("560");
        cut.Find("[data-testid=household-payment-form]").Submit();

        Assert.Equal("560.00 元", cut.Find("[data-testid=hp-sum]").TextContent);
        var sent = Assert.Single(Mediator.SentOf<RecordHouseholdPayment>());
        Assert.Equal([Enrollments[0], Enrollments[2]], sent.EnrollmentIds);
        Assert.Equal((56000L, "WX-HH-1", "wechat", HouseholdId), (sent.AmountFen, sent.Voucher, sent.Channel, sent.HouseholdId));
        Assert.Equal(new DateTimeOffset(2019, 12, 5, 10, 0, 0, TimeSpan.FromHours(8)), sent.PaidAt);
        Assert.Single(saved);
    }

    [Fact]
    public void A_new_paid_date_asks_the_amounts_again_and_keeps_the_clerks_unticks()
    {
        var cut = RenderPanel();
        cut.Find($"#hp-tick-{Enrollments[2]}").Change(false);

        cut.Find("#hp-at").Input("2020-07-02 09:00");

        Assert.Equal(new DateOnly(2020, 7, 2), Mediator.SentOf<PreviewHouseholdPayment>()[^1].PaidOn);
        Assert.Equal("1,540.00 元", cut.Find("[data-testid=hp-sum]").TextContent);

        cut.Find("#hp-at").Input("2020-07-02 10:30"); // the same date: not asked again
        Assert.Equal(2, Mediator.SentOf<PreviewHouseholdPayment>().Count);
    }

    [Fact]
    public void Enter_on_a_tick_saves_and_a_total_that_is_not_an_amount_is_refused_beside_the_form()
    {
        var cut = RenderPanel();
        cut.Find("#hp-voucher").Input("WX-HH-2");
        cut.Find("#hp-total").Input("八百四");

        cut.Find($"#hp-tick-{Enrollments[0]}").KeyDown(new KeyboardEventArgs { Key = "Enter" });

        Assert.Contains("请填写正确的缴费金额", cut.Find("[data-testid=household-payment-error]").TextContent);
        Assert.Empty(Mediator.SentOf<RecordHouseholdPayment>());

        cut.Find("#hp-total").Input("840");
        cut.Find($"#hp-tick-{Enrollments[0]}").KeyDown(new KeyboardEventArgs { Key = "Enter" });
        Assert.Equal(3, Assert.Single(Mediator.SentOf<RecordHouseholdPayment>()).EnrollmentIds.Count);
    }
}
