using System.Text;
using ResidentMedicalInsurance.Domain.Common;

namespace ResidentMedicalInsurance.Domain.Tests.Common;

/// <summary>Money at its edges: zero, equal amounts, overflow, and buffers one byte too short.</summary>
public sealed class MoneyEdgeTests
{
    private static readonly Money Fee = Money.FromYuan(250);
    private static readonly Money Subsidy = Money.FromYuan(520);

    [Fact]
    public void Zero_is_not_negative()
    {
        Assert.False(Money.Zero.IsNegative);
        Assert.True(Money.FromFen(-1).IsNegative);
    }

    [Fact]
    public void Comparisons_on_equal_and_unequal_amounts()
    {
        var same = Money.FromFen(Fee.Fen);

        Assert.False(Fee < same);
        Assert.False(Fee > same);
        Assert.True(Subsidy > Fee);
        Assert.False(Fee > Subsidy);
        Assert.True(Fee <= same);
        Assert.True(Fee <= Subsidy);
        Assert.False(Subsidy <= Fee);
        Assert.True(Fee >= same);
        Assert.False(Fee >= Subsidy);
    }

    [Fact]
    public void Min_and_max_whichever_comes_first()
    {
        Assert.Equal(Fee, Money.Min(Subsidy, Fee));
        Assert.Equal(Fee, Money.Min(Fee, Subsidy));
        Assert.Equal(Subsidy, Money.Max(Subsidy, Fee));
        Assert.Equal(Subsidy, Money.Max(Fee, Subsidy));
    }

    [Fact]
    public void The_named_operations_are_the_operators()
    {
        Assert.Equal(Money.FromYuan(770), Money.Add(Fee, Subsidy));
        Assert.Equal(Money.FromYuan(270), Money.Subtract(Subsidy, Fee));
        Assert.Equal(Money.FromYuan(-250), Money.Negate(Fee));
        Assert.Equal(Money.FromYuan(500), Money.Multiply(Fee, 2));
    }

    [Fact]
    public void Overflow_is_refused_never_wrapped()
    {
        Assert.Throws<OverflowException>(() => Money.FromYuan(long.MaxValue));
        Assert.Throws<OverflowException>(() => Money.FromFen(long.MinValue) - Money.FromFen(1));
        Assert.Throws<OverflowException>(() => -Money.FromFen(long.MinValue));
        Assert.Throws<OverflowException>(() => Money.FromFen(long.MaxValue) * 2);
    }

    [Fact]
    public void Full_width_digits_parse_up_to_nine()
        => Assert.Equal(Money.FromYuan(90), Money.Parse("\uFF19\uFF10"));

    [Fact]
    public void Text_that_does_not_fit_is_reported_not_cut()
    {
        Span<char> none = [];
        Assert.False(Money.FromYuan(-1).TryFormat(none, out _, "F", null));

        Span<char> one = stackalloc char[1];
        Assert.False(Money.FromYuan(1).TryFormat(one, out _, "C", null));

        // "1.00 元" needs six characters: the suffix does not fit into five.
        Span<char> five = stackalloc char[5];
        Assert.False(Money.FromYuan(1).TryFormat(five, out var written, "Y", null));
        Assert.Equal(0, written);
    }

    [Fact]
    public void UTF8_text_is_the_same_as_the_characters_in_every_format()
    {
        Span<byte> buffer = stackalloc byte[32];
        foreach (var format in new[] { "C", "Y", "W", "F" })
        {
            Assert.True(Money.FromFen(-25050).TryFormat(buffer, out var written, format, null));
            Assert.Equal(Money.FromFen(-25050).ToString(format, null), Encoding.UTF8.GetString(buffer[..written]));
        }
    }

    [Fact]
    public void Plain_UTF8_fits_exactly_or_is_reported_short()
    {
        Span<byte> four = stackalloc byte[4];
        Assert.True(Money.FromYuan(1).TryFormat(four, out var written, "F", null));
        Assert.Equal("1.00", Encoding.UTF8.GetString(four[..written]));

        Span<byte> three = stackalloc byte[3];
        Assert.False(Money.FromYuan(1).TryFormat(three, out written, "F", null));
        Assert.Equal(0, written);

        Span<byte> two = stackalloc byte[2];
        Assert.False(Money.FromYuan(1).TryFormat(two, out _, "F", null));

        // The minus sign takes one place: "-1.00" needs five.
        Assert.False(Money.FromYuan(-1).TryFormat(four, out _, "F", null));
        Span<byte> none = [];
        Assert.False(Money.FromYuan(-1).TryFormat(none, out _, "F", null));
    }

    [Fact]
    public void UTF8_in_another_format_that_does_not_fit_is_reported_short()
    {
        Span<byte> three = stackalloc byte[3];
        Assert.False(Money.FromYuan(1).TryFormat(three, out var written, "C", null));
        Assert.Equal(0, written);
    }
}
