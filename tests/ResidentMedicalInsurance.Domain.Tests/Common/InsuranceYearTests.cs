using ResidentMedicalInsurance.Domain.Common;

namespace ResidentMedicalInsurance.Domain.Tests.Common;

public sealed class InsuranceYearTests
{
    [Fact]
    public void Default_benefit_period_is_the_calendar_year()
    {
        var year = new InsuranceYear(2020);

        Assert.Equal(new DateOnly(2020, 1, 1), year.BenefitStart);
        Assert.Equal(new DateOnly(2020, 12, 31), year.BenefitEnd);
        Assert.True(year.Contains(new DateOnly(2020, 12, 31)));
        Assert.False(year.Contains(new DateOnly(2019, 12, 31)));
        Assert.False(year.Contains(new DateOnly(2021, 1, 1)));
    }

    [Theory]
    [InlineData(2020, 29)]
    [InlineData(2021, 28)]
    [InlineData(2000, 29)]
    [InlineData(2100, 28)]
    public void End_of_february_follows_leap_years(int y, int day)
    {
        Assert.Equal(new DateOnly(y, 2, day), new InsuranceYear(y).EndOfFebruary);
    }

    [Fact]
    public void Campaign_dates_are_built_from_the_previous_year()
    {
        var year = new InsuranceYear(2008);

        Assert.Equal(new DateOnly(2007, 9, 1), year.Previous.On(9, 1));
        Assert.Equal(new DateOnly(2008, 6, 30), year.On(6, 30));
        Assert.Equal(new InsuranceYear(2009), year.Next);
        Assert.Equal(new InsuranceYear(2008), InsuranceYear.Of(new DateOnly(2008, 7, 1)));
    }

    [Fact]
    public void Displays_and_orders()
    {
        Assert.Equal("2021", new InsuranceYear(2021).ToString());
        Assert.Equal("2021年度", new InsuranceYear(2021).DisplayName);
        Assert.True(new InsuranceYear(2020) < new InsuranceYear(2021));
        Assert.Equal(-1, new InsuranceYear(2020).CompareTo(new InsuranceYear(2021)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1900)]
    [InlineData(9999)]
    public void Out_of_range_years_are_refused(int y)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new InsuranceYear(y));
    }
}
