using ResidentMedicalInsurance.Domain.Common;

namespace ResidentMedicalInsurance.Domain.Tests.Common;

public sealed class MoneyTests
{
    [Theory]
    [InlineData("250", 25000)]
    [InlineData("250.5", 25050)]
    [InlineData("250.50", 25050)]
    [InlineData("250.05", 25005)]
    [InlineData("0", 0)]
    [InlineData("0.01", 1)]
    [InlineData("007.10", 710)]
    [InlineData("¥250.00", 25000)]
    [InlineData("￥250", 25000)]
    [InlineData("250元", 25000)]
    [InlineData("250.00元", 25000)]
    [InlineData("¥ 250 元", 25000)]
    [InlineData("  770  ", 77000)]
    [InlineData("２５０.５０", 25050)]
    [InlineData("-30", -3000)]
    [InlineData("-¥30.00", -3000)]
    [InlineData("¥-30.00", -3000)]
    [InlineData("-0", 0)]
    [InlineData("92233720368547758.07", long.MaxValue)]
    [InlineData("1,540.00", 154000)]
    [InlineData("1,000", 100000)]
    [InlineData("¥16,993,400.00", 1699340000)]
    [InlineData("16,993,400.5 元", 1699340050)]
    [InlineData("-1,000.00", -100000)]
    [InlineData("999,999", 99999900)]
    [InlineData("92,233,720,368,547,758.07", long.MaxValue)]
    public void Parses_yuan(string input, long fen)
    {
        Assert.True(Money.TryParse(input, out var money, out var error), error);
        Assert.Null(error);
        Assert.Equal(fen, money.Fen);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Empty_input(string? input)
    {
        Assert.False(Money.TryParse(input, out _, out var error));
        Assert.Equal("请输入金额。", error);
    }

    [Theory]
    [InlineData("abc", "abc")]
    [InlineData("250.", "250.")]
    [InlineData(".5", ".5")]
    [InlineData("1,00", "1,00")]
    [InlineData("1,0000", "1,0000")]
    [InlineData("1000,000", "1000,000")]
    [InlineData("12,34,567", "12,34,567")]
    [InlineData(",100", ",100")]
    [InlineData("1,,000", "1,,000")]
    [InlineData("1,", "1,")]
    [InlineData("1,000.5,0", "1,000.5,0")]
    [InlineData("1，000", "1，000")]
    [InlineData("1 000", "1 000")]
    [InlineData("1e3", "1e3")]
    [InlineData("¥", "¥")]
    [InlineData("元", "元")]
    [InlineData("--5", "--5")]
    [InlineData("+5", "+5")]
    [InlineData("5.-1", "5.-1")]
    [InlineData(" 25O ", "25O")]
    public void Rejects_malformed_amounts(string input, string shown)
    {
        Assert.False(Money.TryParse(input, out var money, out var error));
        Assert.Equal(Money.Zero, money);
        Assert.Equal($"金额“{shown}”格式不正确：请输入以元为单位的数字，例如 250、250.50 或 1,540.00。", error);
    }

    [Theory]
    [InlineData("250.001")]
    [InlineData("250.500")]
    [InlineData("0.125")]
    public void Rejects_more_than_two_decimals(string input)
    {
        Assert.False(Money.TryParse(input, out _, out var error));
        Assert.Equal($"金额“{input}”的小数超过两位：金额只能精确到分，请保留两位小数以内。", error);
    }

    [Theory]
    [InlineData("92233720368547758.08")]
    [InlineData("92233720368547759")]
    [InlineData("99999999999999999999")]
    public void Rejects_amounts_beyond_long_fen(string input)
    {
        Assert.False(Money.TryParse(input, out _, out var error));
        Assert.Equal($"金额“{input}”超出允许范围，请核对。", error);
    }

    [Fact]
    public void Parse_throws_a_domain_exception_with_the_message()
    {
        var ex = Assert.Throws<DomainException>(() => Money.Parse("1.234"));
        Assert.Equal("金额“1.234”的小数超过两位：金额只能精确到分，请保留两位小数以内。", ex.Message);
        Assert.Equal(Money.FromYuan(770), Money.Parse("770"));
    }

    [Theory]
    [InlineData(25000, "¥250.00", "250.00 元", "250.00", "250元")]
    [InlineData(0, "¥0.00", "0.00 元", "0.00", "0元")]
    [InlineData(5, "¥0.05", "0.05 元", "0.05", "0.05元")]
    [InlineData(23250, "¥232.50", "232.50 元", "232.50", "232.50元")]
    [InlineData(38880000, "¥388,800.00", "388,800.00 元", "388800.00", "388800元")]
    [InlineData(99999, "¥999.99", "999.99 元", "999.99", "999.99元")]
    [InlineData(100000, "¥1,000.00", "1,000.00 元", "1000.00", "1000元")]
    [InlineData(1699340000, "¥16,993,400.00", "16,993,400.00 元", "16993400.00", "16993400元")]
    [InlineData(-3050, "-¥30.50", "-30.50 元", "-30.50", "-30.50元")]
    [InlineData(long.MinValue, "-¥92,233,720,368,547,758.08", "-92,233,720,368,547,758.08 元", "-92233720368547758.08", "-92233720368547758.08元")]
    public void Formats_as_yuan(long fen, string currency, string yuan, string plain, string wording)
    {
        var money = Money.FromFen(fen);

        Assert.Equal(currency, money.ToString());
        Assert.Equal(currency, money.ToString("C", null));
        Assert.Equal(yuan, money.ToString("Y", null));
        Assert.Equal(plain, money.ToString("F", null));
        Assert.Equal(wording, money.ToString("W", null));
        Assert.Equal($"应缴{yuan}", $"应缴{money:Y}");

        Span<byte> utf8 = stackalloc byte[64];
        Assert.True(money.TryFormat(utf8, out var bytes, "F", null));
        Assert.Equal(plain, System.Text.Encoding.UTF8.GetString(utf8[..bytes]));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(25050)]
    [InlineData(-77000)]
    [InlineData(long.MaxValue)]
    public void Formatted_values_parse_back(long fen)
    {
        var money = Money.FromFen(fen);
        Assert.Equal(money, Money.Parse(money.ToString()));
        Assert.Equal(money, Money.Parse(money.ToString("Y", null)));
        Assert.Equal(money, Money.Parse(money.ToString("W", null)));
    }

    [Fact]
    public void TryFormat_reports_a_short_buffer()
    {
        Span<char> buffer = stackalloc char[6];
        Assert.False(Money.FromYuan(250).TryFormat(buffer, out var written, "C", null));
        Assert.Equal(0, written);
        Assert.True(Money.FromYuan(25).TryFormat(buffer, out written, "C", null));
        Assert.Equal("¥25.00", buffer[..written].ToString());
    }

    [Fact]
    public void Unknown_format_is_refused()
    {
        Assert.Throws<FormatException>(() => Money.FromYuan(1).ToString("N2", null));
    }

    [Fact]
    public void From_yuan_keeps_two_decimals_and_refuses_more()
    {
        Assert.Equal(25050, Money.FromYuan(250.5m).Fen);
        Assert.Equal(52000, Money.FromYuan(520).Fen);
        Assert.Equal(250.5m, Money.FromFen(25050).Yuan);
        Assert.Throws<ArgumentException>(() => Money.FromYuan(0.001m));
    }

    [Fact]
    public void Arithmetic_and_comparison()
    {
        var fee = Money.FromYuan(250);
        var subsidy = Money.FromYuan(520);

        Assert.Equal(Money.FromYuan(770), fee + subsidy);
        Assert.Equal(Money.FromYuan(-270), fee - subsidy);
        Assert.Equal(Money.FromYuan(-250), -fee);
        Assert.Equal(Money.FromYuan(750), fee * 3);
        Assert.True(fee < subsidy);
        Assert.True(subsidy >= fee);
        Assert.Equal(fee, Money.Min(fee, subsidy));
        Assert.Equal(subsidy, Money.Max(fee, subsidy));
        Assert.True(Money.Zero.IsZero);
        Assert.True((-fee).IsNegative);
        Assert.Throws<OverflowException>(() => Money.FromFen(long.MaxValue) + Money.FromFen(1));
    }
}
