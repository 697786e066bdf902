namespace ResidentMedicalInsurance.Domain.Common;

/// <summary>
/// The one way a date is shown to people: <c>2020年1月1日</c> (and <c>1月1日</c> for a day of every year), as
/// the notices write dates, on pages, prints, messages and the policy explanations alike. Input fields
/// and files use ISO <c>2020-01-01</c>, which is not this.
/// </summary>
public static class ChineseDate
{
    public static string Format(DateOnly date) => date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    public static string MonthDay(DateOnly date) => date.ToString("M月d日", CultureInfo.InvariantCulture);
}
