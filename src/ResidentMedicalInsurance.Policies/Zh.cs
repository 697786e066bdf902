using System.Globalization;

namespace ResidentMedicalInsurance.Policies;

/// <summary>
/// zh-CN wording for explanations (built once per profile, never per decision). The engine references
/// nothing but the runtime (ADR 0010), so it cannot call Domain's <c>Money</c> ("W" format) and
/// <c>ChineseDate</c>; it writes the same text, and Policies.Tests holds the two to it.
/// </summary>
internal static class Zh
{
    public static string Date(DateOnly date) => string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");

    public static string MonthDay(DateOnly date) => string.Create(CultureInfo.InvariantCulture, $"{date.Month}月{date.Day}日");

    public static string Yuan(long fen) => fen % 100 == 0
        ? string.Create(CultureInfo.InvariantCulture, $"{fen / 100}元")
        : string.Create(CultureInfo.InvariantCulture, $"{fen / 100m:0.00}元");
}
