using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Web.Components.Enrollments;

namespace ResidentMedicalInsurance.Web.Tests;

public sealed class QuoteViewTests : ComponentTest
{
    private static readonly DateOnly QuotedFor = new(2020, 11, 16);

    private static PolicyQuote LowIncomeQuote() => new()
    {
        ProfileId = "lianyungang-2020",
        QuotedFor = QuotedFor,
        Eligible = true,
        Accepted = true,
        StandardFeeFen = 280_00,
        SubsidyFen = 280_00,
        SubsidyCode = "dibao",
        SubsidyName = "最低生活保障对象",
        SubsidyModeText = "免缴",
        SubsidyFundedBy = "医疗救助资金",
        SubsidyText = "最低生活保障对象（免缴，医疗救助资金）",
        AmountDueFen = 0,
        BenefitStart = new DateOnly(2021, 1, 1),
        BenefitEnd = new DateOnly(2021, 12, 31),
        Basis = ["连政办传〔2019〕65号 二(一)：个人缴费标准 280 元", "连政办传〔2019〕65号 二(二)：低保对象全额资助"],
    };

    [Fact]
    public void Quote_view_shows_fee_subsidy_and_amount_due_in_yuan_with_the_benefit_period()
    {
        var cut = Render<QuoteView>(p => p.Add(x => x.Quote, LowIncomeQuote()));

        Assert.Equal("280.00 元", cut.Find("[data-testid=quote-fee]").TextContent);
        Assert.Equal("0.00 元", cut.Find("[data-testid=quote-due]").TextContent);
        Assert.Equal("2021年1月1日 至 2021年12月31日", cut.Find("[data-testid=quote-period]").TextContent);
        var subsidy = cut.FindAll("dd")[1].TextContent;
        Assert.Contains("280.00 元", subsidy, StringComparison.Ordinal);
        Assert.Equal("280.00 元 · 最低生活保障对象 · 免缴 · 医疗救助资金", subsidy);
        Assert.Equal(["最低生活保障对象", "医疗救助资金"], cut.FindAll("[data-testid=quote-subsidy] [lang=zh-CN]").Select(e => e.TextContent));
    }

    [Fact]
    public void Quote_view_labels_the_amounts_in_zh_CN()
    {
        var cut = Render<QuoteView>(p => p.Add(x => x.Quote, LowIncomeQuote()));

        var labels = cut.FindAll("dt").Select(dt => dt.TextContent).ToList();
        Assert.Equal(["缴费标准", "资助金额", "个人应缴", "待遇享受期"], labels);
        Assert.StartsWith("依据：", cut.Find(".rmi-basis").TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void Quote_view_lists_every_basis_line_in_order()
    {
        var cut = Render<QuoteView>(p => p.Add(x => x.Quote, LowIncomeQuote()));

        var lines = cut.FindAll("[data-testid=quote-basis] li").Select(li => li.TextContent).ToList();
        Assert.Equal(LowIncomeQuote().Basis, lines);
    }

    [Fact]
    public void Quote_view_summarises_an_accepted_quote_with_date_amount_and_period()
    {
        var cut = Render<QuoteView>(p => p.Add(x => x.Quote, LowIncomeQuote()));

        Assert.Equal(
            "符合参保条件；2020年11月16日缴费应缴 0.00 元，待遇期 2021年1月1日 至 2021年12月31日",
            cut.Find("[data-testid=quote-summary]").TextContent);
        Assert.DoesNotContain("rmi-quote-no", cut.Find("[data-testid=quote]").ClassList);
    }

    [Fact]
    public void Quote_view_without_a_subsidy_shows_zero_subsidy_and_no_empty_brackets()
    {
        var quote = LowIncomeQuote() with { SubsidyFen = null, SubsidyCode = null, SubsidyName = null, SubsidyText = null, AmountDueFen = 280_00 };

        var cut = Render<QuoteView>(p => p.Add(x => x.Quote, quote));

        Assert.Equal("0.00 元", cut.FindAll("dd")[1].TextContent.Trim());
        Assert.Equal("280.00 元", cut.Find("[data-testid=quote-due]").TextContent);
    }

    [Fact]
    public void Quote_view_for_an_ineligible_resident_says_why_and_hides_the_amounts()
    {
        var quote = new PolicyQuote
        {
            ProfileId = "lianyungang-2020",
            QuotedFor = QuotedFor,
            Eligible = false,
            IneligibleReason = "已参加城镇职工基本医疗保险",
            Basis = ["连政办传〔2019〕65号 一：参保范围"],
        };

        var cut = Render<QuoteView>(p => p.Add(x => x.Quote, quote));

        Assert.Equal("不符合参保条件：已参加城镇职工基本医疗保险", cut.Find("[data-testid=quote-summary]").TextContent);
        Assert.Contains("rmi-quote-no", cut.Find("[data-testid=quote]").ClassList);
        Assert.Empty(cut.FindAll("[data-testid=quote-fee]"));
        Assert.Empty(cut.FindAll("[data-testid=quote-due]"));
        Assert.Equal("连政办传〔2019〕65号 一：参保范围", cut.Find("[data-testid=quote-basis] li").TextContent);
    }

    [Fact]
    public void Quote_view_for_a_payment_not_taken_today_says_why_with_the_date()
    {
        var quote = LowIncomeQuote() with { Accepted = false, RejectedReason = "不在集中缴费期内" };

        var cut = Render<QuoteView>(p => p.Add(x => x.Quote, quote));

        Assert.Equal("符合参保条件；2020年11月16日缴费不予受理：不在集中缴费期内", cut.Find("[data-testid=quote-summary]").TextContent);
        Assert.Equal("280.00 元", cut.Find("[data-testid=quote-fee]").TextContent);
    }
}
