namespace ResidentMedicalInsurance.Policies;

/// <summary>Calendar helpers with the spec's meanings.</summary>
public static class PolicyDates
{
    /// <summary>"Next month": the first day of the month after <paramref name="date"/>.</summary>
    public static DateOnly NextMonth(DateOnly date) => new DateOnly(date.Year, date.Month, 1).AddMonths(1);

    /// <summary>The last day of February of <paramref name="year"/> (29th in leap years).</summary>
    public static DateOnly EndOfFebruary(int year) => new(year, 2, DateTime.DaysInMonth(year, 2));

    /// <summary>Whether someone born on <paramref name="birth"/> is at least <paramref name="years"/> old on <paramref name="on"/>.</summary>
    public static bool IsAtLeast(DateOnly birth, int years, DateOnly on) => birth.AddYears(years) <= on;

    public static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
