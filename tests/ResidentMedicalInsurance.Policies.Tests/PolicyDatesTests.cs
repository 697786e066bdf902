using static ResidentMedicalInsurance.Policies.Tests.TestSupport;

namespace ResidentMedicalInsurance.Policies.Tests;

/// <summary>The spec's calendar words (policy-spec preamble).</summary>
public class PolicyDatesTests
{
    [Theory]
    [InlineData("2020-01-31", "2020-02-01")]
    [InlineData("2020-12-01", "2021-01-01")]
    [InlineData("2020-12-31", "2021-01-01")]
    public void Preamble_NextMonth_IsFirstDayOfFollowingMonth(string date, string expected)
        => Assert.Equal(D(expected), PolicyDates.NextMonth(D(date)));

    [Theory]
    [InlineData(2020, "2020-02-29")]
    [InlineData(2021, "2021-02-28")]
    [InlineData(2000, "2000-02-29")]
    [InlineData(2100, "2100-02-28")]
    public void Preamble_EndOfFebruary_LeapAndCommonYears(int year, string expected)
        => Assert.Equal(D(expected), PolicyDates.EndOfFebruary(year));

    [Fact]
    public void Preamble_AddMonths_ClampsToMonthEnd()
        => Assert.Equal(D("2020-02-29"), D("2020-01-31").AddMonths(1));
}
