using Microsoft.Extensions.DependencyInjection;
using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Application.Features.Households;
using ResidentMedicalInsurance.Application.Features.Payments;
using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Web.Components.Payments;

namespace ResidentMedicalInsurance.Web.Tests;

public sealed class PaymentPanelTests : ComponentTest
{
    private readonly ClerkOptions options;
    private readonly MemberView member = Clerk.Member("王小明", Clerk.AwaitingPayment(280_00));
    private readonly List<PaymentRecorded> saved = [];
    private int cancelled;

    public PaymentPanelTests()
    {
        options = Clerk.Options(Services.GetRequiredService<IPolicyGateway>());
        Mediator.Respond<RecordPayment, PaymentRecorded>(r => Recorded(r));
    }

    private static PaymentRecorded Recorded(RecordPayment r) => new(
        Guid.NewGuid(), r.EnrollmentId, false, r.AmountFen, $"{r.AmountFen / 100}.00 元",
        new DateOnly(2021, 1, 1), new DateOnly(2021, 12, 31), "2021年1月1日 至 2021年12月31日", "缴费已登记。", r.PaidAt);

    private IRenderedComponent<PaymentPanel> RenderPanel(MemberView? who = null) => Render<PaymentPanel>(p => p
        .Add(x => x.Member, who ?? member)
        .Add(x => x.Options, options)
        .Add(x => x.OnSaved, (PaymentRecorded r) => saved.Add(r))
        .Add(x => x.OnCancel, () => cancelled++));

    private static void Fill(IRenderedComponent<PaymentPanel> cut, string voucher, string amount)
    {
        cut.Find("#pay-voucher").Input(voucher);
        cut.Find("#pay-amount").Input(amount);
    }

    private static void Save(IRenderedComponent<PaymentPanel> cut) => cut.Find("[data-testid=save-payment]").Click();

    [Fact]
    public void Payment_panel_tells_the_clerk_the_amount_due_today_in_yuan()
    {
        var cut = RenderPanel();

        Assert.Equal("按凭证填写；今日缴费应缴 280.00 元，以缴费日期的政策为准", cut.Find("[data-testid=payment-hint]").TextContent);
        Assert.Equal("缴费登记：王小明", cut.Find("legend").TextContent);
    }

    [Fact]
    public void Payment_panel_says_why_a_payment_today_is_not_taken()
    {
        var cut = RenderPanel(Clerk.Member("李四", Clerk.AwaitingPayment(null, "今日不能缴费：2021年度集中缴费期已结束")));

        Assert.Equal(
            "今日不能缴费：2021年度集中缴费期已结束；缴费日期在缴费期内的，按该日期的政策计算应缴金额",
            cut.Find("[data-testid=payment-hint]").TextContent);
    }

    [Fact]
    public void Payment_panel_offers_the_county_channels_with_their_clause_and_defaults_to_now()
    {
        var cut = RenderPanel();

        var channels = cut.FindAll("#pay-channel option").Select(o => (o.GetAttribute("value"), o.TextContent)).ToList();
        Assert.Equal(PaymentChannels.For("lianyungang").Select(c => ((string?)c.Code, $"{c.Name}（{c.Clause}）")), channels);
        Assert.Equal("wechat", cut.Find("#pay-channel").GetAttribute("value"));
        Assert.Equal("2020-11-16 09:30", cut.Find("#pay-at").GetAttribute("value"));
    }

    [Fact]
    public void Payment_panel_puts_the_cursor_on_the_voucher_first_the_channel_defaulting_to_the_usual_one()
    {
        var cut = RenderPanel();

        JSInterop.VerifyFocusAsyncInvoke().Arguments[0].ShouldBeElementReferenceTo(cut.Find("#pay-voucher"));
    }

    [Fact]
    public void The_next_members_form_starts_from_the_households_previous_voucher_time()
    {
        var cut = Render<PaymentPanel>(p => p
            .Add(x => x.Member, member)
            .Add(x => x.Options, options)
            .Add(x => x.PaidAtDefault, "2019-12-05 10:00"));

        Assert.Equal("2019-12-05 10:00", cut.Find("#pay-at").GetAttribute("value"));
    }

    [Fact]
    public void Enter_on_the_channel_list_saves_like_Enter_in_a_text_field()
    {
        var cut = RenderPanel();
        Fill(cut, "V-ENTER-1", "280");

        cut.Find("#pay-channel").KeyDown(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "Enter" });

        Assert.Equal("V-ENTER-1", Assert.Single(Mediator.SentOf<RecordPayment>()).Voucher);
    }

    [Theory]
    [InlineData("11-15 16:05", 2020, 11, 15, 16, 5)]
    [InlineData("12-05 10:00", 2019, 12, 5, 10, 0)]
    [InlineData("2020-11-15 16:05", 2020, 11, 15, 16, 5)]
    [InlineData(" 2020-11-5 9:05 ", 2020, 11, 5, 9, 5)]
    [InlineData("2020-11-15", 2020, 11, 15, 0, 0)]
    public void Payment_panel_takes_the_paid_at_time_as_one_typed_value(string typed, int y, int mo, int d, int h, int mi)
    {
        var cut = RenderPanel();
        Fill(cut, "V-AT-1", "280");
        cut.Find("#pay-at").Input(typed);

        Save(cut);

        Assert.Equal(new DateTimeOffset(y, mo, d, h, mi, 0, TimeSpan.FromHours(8)), Assert.Single(Mediator.SentOf<RecordPayment>()).PaidAt);
    }

    [Fact]
    public void Payment_panel_sends_the_payment_as_typed_and_reports_it_saved()
    {
        var cut = RenderPanel();

        cut.Find("#pay-channel").Change("cash");
        Fill(cut, "LYG20201116-0001", "260.5");
        cut.Find("#pay-at").Input("2020-11-15 16:05");
        Save(cut);

        var sent = Assert.Single(Mediator.SentOf<RecordPayment>());
        Assert.Equal(member.Enrollment!.EnrollmentId, sent.EnrollmentId);
        Assert.Equal("cash", sent.Channel);
        Assert.Equal("LYG20201116-0001", sent.Voucher);
        Assert.Equal(26050, sent.AmountFen);
        Assert.Equal(new DateTimeOffset(2020, 11, 15, 16, 5, 0, TimeSpan.FromHours(8)), sent.PaidAt);
        Assert.Equal(sent.EnrollmentId, Assert.Single(saved).EnrollmentId);
        Assert.Empty(cut.FindAll("[data-testid=payment-error]"));
    }

    [Fact]
    public void Payment_panel_submits_on_Enter_in_the_form()
    {
        var cut = RenderPanel();
        Fill(cut, "V1", "280");

        cut.Find("[data-testid=payment-form]").Submit();

        Assert.Equal(28000, Assert.Single(Mediator.SentOf<RecordPayment>()).AmountFen);
        Assert.Single(saved);
    }

    [Fact]
    public void Payment_panel_refuses_an_empty_voucher_and_says_what_to_do()
    {
        var cut = RenderPanel();
        Fill(cut, "", "280");

        Save(cut);

        Assert.Equal("请填写缴费凭证号。", cut.Find("[data-testid=pay-voucher-problem]").TextContent);
        Assert.Equal("请按各栏旁的提示修改后再保存。", cut.Find("[data-testid=payment-error]").TextContent);
        Assert.Empty(Mediator.Handled);
        Assert.Empty(saved);
    }

    [Fact]
    public void A_fields_message_clears_when_that_field_changes_and_the_others_stay()
    {
        var cut = RenderPanel();
        Fill(cut, "", "280");
        cut.Find("#pay-at").Input("2020-11-16 10:00");
        Save(cut);
        Assert.Single(cut.FindAll("[data-testid=pay-voucher-problem]"));
        Assert.Single(cut.FindAll("[data-testid=pay-at-problem]"));

        cut.Find("#pay-voucher").Input("V-9");

        Assert.Empty(cut.FindAll("[data-testid=pay-voucher-problem]"));
        Assert.Single(cut.FindAll("[data-testid=pay-at-problem]"));

        cut.Find("#pay-at").Input("2020-11-16 09:00");
        Save(cut);
        Assert.Empty(cut.FindAll("[data-testid=pay-at-problem]"));
        Assert.Single(Mediator.SentOf<RecordPayment>(), r => r.Voucher == "V-9");
    }

    [Fact]
    public void Payment_panel_refuses_a_voucher_with_spaces_or_Chinese_characters()
    {
        var cut = RenderPanel();
        Fill(cut, "凭证 001", "280");

        Save(cut);

        Assert.Equal("凭证号只能包含字母、数字、下划线和连字符。", cut.Find("[data-testid=pay-voucher-problem]").TextContent);
        Assert.Empty(saved);
    }

    [Theory]
    [InlineData("")]
    [InlineData("二百八")]
    [InlineData("280.125")]
    [InlineData("-280")]
    [InlineData("280,00")]
    public void Payment_panel_refuses_an_amount_that_is_not_yuan_with_two_decimals_and_sends_nothing(string amount)
    {
        var cut = RenderPanel();
        Fill(cut, "V1", amount);

        Save(cut);

        Assert.Equal("请填写正确的缴费金额（元，最多两位小数），如 260.00。", cut.Find("[data-testid=payment-error]").TextContent);
        Assert.Empty(Mediator.Sent);
    }

    [Theory]
    [InlineData("280", 28000)]
    [InlineData("¥280", 28000)]
    [InlineData("280元", 28000)]
    [InlineData("２８０", 28000)]
    [InlineData(" 280.5 ", 28050)]
    public void Payment_panel_reads_the_amount_as_money_is_read_everywhere(string amount, long fen)
    {
        var cut = RenderPanel();
        Fill(cut, "V1", amount);

        Save(cut);

        Assert.Equal(fen, Assert.Single(Mediator.SentOf<RecordPayment>()).AmountFen);
    }

    [Fact]
    public void Payment_panel_takes_a_voucher_with_spaces_around_it_as_the_voucher()
    {
        var cut = RenderPanel();
        Fill(cut, " V-2019-001 ", "280");

        Save(cut);

        Assert.Equal("V-2019-001", Assert.Single(Mediator.SentOf<RecordPayment>()).Voucher);
        Assert.Empty(cut.FindAll("[data-testid=payment-error]"));
    }

    public static TheoryData<string> NothingToPay() => ["none", "paid", "ended"];

    [Theory]
    [MemberData(nameof(NothingToPay))]
    public void Payment_panel_for_a_member_with_nothing_to_pay_says_why_and_offers_no_form(string state)
    {
        var cut = RenderPanel(Clerk.Member("赵六", state switch { "paid" => Clerk.Paid(), "ended" => Clerk.Ended(), _ => null }));

        Assert.Contains("赵六 没有待缴费的本年度参保登记", cut.Find("[data-testid=payment-error]").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=payment-form]"));
        Assert.Empty(Mediator.Sent);
    }

    [Fact]
    public void Payment_panel_refuses_a_paid_at_time_in_another_format_and_says_which_one()
    {
        var cut = RenderPanel();
        Fill(cut, "V1", "280");
        cut.Find("#pay-at").Input("2020/11/15 10点");

        Save(cut);

        Assert.Equal("请按“2019-12-05 10:00”的格式填写凭证上的缴费日期和时间。", cut.Find("[data-testid=payment-error]").TextContent);
        Assert.Empty(Mediator.Sent);
    }

    [Fact]
    public void Payment_panel_refuses_a_paid_at_time_later_than_now()
    {
        var cut = RenderPanel();
        Fill(cut, "V1", "280");
        cut.Find("#pay-at").Input("2020-11-16 10:00");

        Save(cut);

        Assert.Equal("缴费时间不能晚于现在，请核对凭证上的缴费时间。", cut.Find("[data-testid=pay-at-problem]").TextContent);
        Assert.Empty(saved);
    }

    [Fact]
    public void Payment_panel_shows_the_handlers_refusal_beside_the_form()
    {
        Mediator.Fail<RecordPayment>(new AppException("该参保登记已于 2020-11-10 09:00 缴费，不能重复缴费。"));
        var cut = RenderPanel();
        Fill(cut, "V1", "280");

        Save(cut);

        var error = cut.Find("[data-testid=payment-error]");
        Assert.Equal("alert", error.GetAttribute("role"));
        Assert.Equal("该参保登记已于 2020-11-10 09:00 缴费，不能重复缴费。", error.TextContent);
        Assert.Empty(saved);
    }

    [Fact]
    public void Payment_panel_hides_an_unexpected_failure_behind_the_generic_message()
    {
        Mediator.Fail<RecordPayment>(new InvalidOperationException("connection reset at Npgsql.Internal..."));
        var cut = RenderPanel();
        Fill(cut, "V1", "280");

        Save(cut);

        Assert.Equal("操作没有完成，数据未被修改。请稍后重试；如仍出错，请联系县医保局信息科。", cut.Find("[data-testid=payment-error]").TextContent);
        Assert.DoesNotContain("Npgsql", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Payment_panel_disables_save_while_the_payment_is_being_recorded()
    {
        var pending = new TaskCompletionSource<PaymentRecorded>();
        Mediator.RespondAsync<RecordPayment, PaymentRecorded>(_ => pending.Task);
        var cut = RenderPanel();
        Fill(cut, "V1", "280");
        Assert.False(cut.Find("[data-testid=save-payment]").HasAttribute("disabled"));

        Save(cut);

        Assert.True(cut.Find("[data-testid=save-payment]").HasAttribute("disabled"));
        Assert.Empty(saved);

        pending.SetResult(Recorded(Mediator.SentOf<RecordPayment>()[0]));

        cut.WaitForAssertion(() => Assert.False(cut.Find("[data-testid=save-payment]").HasAttribute("disabled")));
        Assert.Single(saved);
    }

    [Fact]
    public void Payment_panel_cancel_sends_nothing()
    {
        var cut = RenderPanel();
        Fill(cut, "V1", "280");

        cut.FindAll("button").Single(b => b.TextContent.Contains("取消", StringComparison.Ordinal)).Click();

        Assert.Equal(1, cancelled);
        Assert.Empty(Mediator.Sent);
    }
}
