using ResidentMedicalInsurance.Domain.Common;

namespace ResidentMedicalInsurance.Policies.Tests;

/// <summary>The engine's explanations write money and dates exactly as the rest of the product does.</summary>
public sealed class WordingTests
{
    public static TheoryData<long> Amounts() => [0, 5, 50, 100, 23250, 25000, 28050, 77000, 38880000, -3050];

    [Theory]
    [MemberData(nameof(Amounts))]
    public void Yuan_in_explanations_is_Moneys_wording_format(long fen) =>
        Assert.Equal(Money.FromFen(fen).ToString("W", null), Zh.Yuan(fen));

    [Fact]
    public void Dates_in_explanations_are_the_products_one_date_format()
    {
        for (var date = new DateOnly(2019, 1, 1); date.Year < 2021; date = date.AddDays(1))
        {
            Assert.Equal(ChineseDate.Format(date), Zh.Date(date));
            Assert.Equal(ChineseDate.MonthDay(date), Zh.MonthDay(date));
        }
    }
}
