using System.Globalization;
using ResidentMedicalInsurance.Domain.Common;
using ResidentMedicalInsurance.Domain.Residents;

namespace ResidentMedicalInsurance.Application.Features.Common;

/// <summary>Display strings for read models (zh-CN).</summary>
public static class Display
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>12345 fen -> "123.45 元" (<see cref="Money"/>'s "Y" format); in English "¥123.45" ("C").</summary>
    public static string Yuan(long fen) => Money.FromFen(fen).ToString(Texts.Chinese ? "Y" : "C", Invariant);

    public static string Yuan(long? fen) => fen is { } v ? Yuan(v) : "—";

    /// <summary>2020-01-01 -> "2020年1月1日" (<see cref="ChineseDate"/>); in English "2020-01-01".</summary>
    public static string Date(DateOnly date) => Texts.Chinese ? ChineseDate.Format(date) : date.ToString("yyyy-MM-dd", Invariant);

    public static string Date(DateOnly? date) => date is { } d ? Date(d) : "—";

    public static string Period(DateOnly? start, DateOnly? end) =>
        start is { } s && end is { } e ? Texts.Format("Period", Date(s), Date(e)) : "—";

    /// <summary>Time in China Standard Time, e.g. "2019-12-01 09:30".</summary>
    public static string Time(DateTimeOffset at) => at.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", Invariant);

    public static string Time(DateTimeOffset? at) => at is { } t ? Time(t) : "—";

    /// <summary>350426********1234; anything that is not an ID number is masked the same way.</summary>
    public static string MaskId(string idNumber) => ResidentIdMask.Mask(idNumber);

    /// <summary>
    /// "1964年": what stands next to a masked ID number. The full <see cref="Date(DateOnly)"/> only after the
    /// audited reveal or on the resident's own registration form (ADR 0042).
    /// </summary>
    public static string BirthYear(DateOnly birthDate) => Texts.Format("BirthYear", birthDate.Year.ToString(Invariant));

    public static DateOnly ChinaDate(DateTimeOffset at) => ChinaTime.DateOf(at);
}
