namespace ResidentMedicalInsurance.Policies;

/// <summary>
/// 对账期: the span of paid dates whose persons and money the county office reconciles with tax and finance
/// together (Youxi 七, Lianyungang 六(一)). <paramref name="TaxCheckBy"/> and <paramref name="FinanceBy"/> are
/// the notice's dates for the tax bureau's check and finance's verification, null where the notice sets none.
/// </summary>
public sealed record ReconciliationPeriod(DateOnly Start, DateOnly End, string Name, DateOnly? TaxCheckBy, DateOnly? FinanceBy, BasisItem Basis)
{
    public bool Contains(DateOnly date) => date >= Start && date <= End;
}

/// <summary>The shape every profile's calendar shares: the concentrated collection window, then calendar months to Y-12-31.</summary>
internal static class ReconciliationCalendar
{
    /// <param name="window">集中缴费期 with its dates and clause.</param>
    /// <param name="monthly">Each later month's tax check and finance date, and its clause.</param>
    public static IReadOnlyList<ReconciliationPeriod> Build(
        int year, ReconciliationPeriod window, Func<DateOnly, DateOnly, (DateOnly? TaxCheckBy, DateOnly? FinanceBy)> monthly, BasisItem monthlyBasis)
    {
        var periods = new List<ReconciliationPeriod> { window };
        var yearEnd = new DateOnly(year, 12, 31);
        for (var start = window.End.AddDays(1); start <= yearEnd;)
        {
            var end = PolicyDates.NextMonth(start).AddDays(-1);
            var (taxCheckBy, financeBy) = monthly(start, end);
            periods.Add(new ReconciliationPeriod(start, end, $"{start.Year}年{start.Month}月", taxCheckBy, financeBy, monthlyBasis));
            start = end.AddDays(1);
        }

        return periods;
    }

    /// <summary>decision:reconciliation-periods, for notices that set no date after the collection window.</summary>
    public static BasisItem MonthlyDecision { get; } = new("decision:reconciliation-periods",
        "通知未规定集中缴费期之后的对账日期：按自然月对账，每月结束后由县医保局审签。");
}
