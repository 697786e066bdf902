namespace ResidentMedicalInsurance.Policies.Tests;

/// <summary>对账期 of each profile (ADR 0057): the window first, then months to Y-12-31, no gap and no overlap; the notices' dates where they set any.</summary>
public class ReconciliationPeriodTests
{
    [Theory]
    [InlineData("lianyungang-2020", "2019-09-01", "2019-12-31", 13)]
    [InlineData("lianyungang-2008", "2007-09-01", "2007-12-10", 14)]
    [InlineData("haimen-2020", "2019-09-01", "2019-12-20", 14)]
    [InlineData("shiquan-2021", "2020-09-01", "2020-12-31", 13)]
    [InlineData("youxi-2020", "2019-09-01", "2019-12-31", 13)]
    public void The_window_comes_first_then_months_cover_every_day_to_the_year_end(string id, string opens, string closes, int count)
    {
        var profile = PolicyCatalog.Find(id)!;
        var periods = profile.ReconciliationPeriods;

        Assert.Equal((DateOnly.Parse(opens), DateOnly.Parse(closes)), (periods[0].Start, periods[0].End));
        Assert.Equal(count, periods.Count);
        Assert.Equal(new DateOnly(profile.Year, 12, 31), periods[^1].End);
        for (var i = 1; i < periods.Count; i++)
        {
            Assert.Equal(periods[i - 1].End.AddDays(1), periods[i].Start);
            Assert.True(periods[i].End >= periods[i].Start);
        }

        Assert.All(periods, p => Assert.False(string.IsNullOrWhiteSpace(p.Basis.Text)));
    }

    [Fact]
    public void Youxi_checks_the_normal_period_by_the_window_end_and_finance_by_January_10_then_monthly_with_two_finance_dates()
    {
        var periods = PolicyCatalog.Find("youxi-2020")!.ReconciliationPeriods;

        Assert.Equal(("正常缴费期", new DateOnly(2019, 12, 31), new DateOnly(2020, 1, 10)), (periods[0].Name, periods[0].TaxCheckBy!.Value, periods[0].FinanceBy!.Value));
        Assert.StartsWith("尤政办〔2019〕45号 七(一)", periods[0].Basis.Text, StringComparison.Ordinal);
        var june = periods.Single(p => p.Start == new DateOnly(2020, 6, 1));
        var july = periods.Single(p => p.Start == new DateOnly(2020, 7, 1));
        Assert.Equal((new DateOnly(2020, 7, 1), new DateOnly(2020, 7, 10)), (june.TaxCheckBy!.Value, june.FinanceBy!.Value));
        Assert.Equal((new DateOnly(2020, 8, 1), new DateOnly(2021, 4, 10)), (july.TaxCheckBy!.Value, july.FinanceBy!.Value));
        Assert.StartsWith("尤政办〔2019〕45号 七(二)", july.Basis.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Counties_whose_notice_sets_no_date_after_the_window_reconcile_monthly_by_decision()
    {
        var haimen = PolicyCatalog.Find("haimen-2020")!.ReconciliationPeriods;

        Assert.Equal((new DateOnly(2019, 12, 21), new DateOnly(2019, 12, 31)), (haimen[1].Start, haimen[1].End));
        Assert.All(haimen.Skip(1), p => Assert.Equal("decision:reconciliation-periods", p.Basis.Citation));
        Assert.All(haimen, p => Assert.Null(p.FinanceBy));
        Assert.Equal(new DateOnly(2019, 12, 31), PolicyCatalog.Find("lianyungang-2020")!.ReconciliationPeriods[0].FinanceBy);
    }
}
