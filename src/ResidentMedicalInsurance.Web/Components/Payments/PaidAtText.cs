using System.Globalization;

namespace ResidentMedicalInsurance.Web.Components.Payments;

/// <summary>
/// The paid-at time as a clerk types it from the voucher, in China time: <c>2019-12-05 10:00</c>
/// (also <c>2019-12-5 9:05</c>, or a date alone for the start of that day), or without the year,
/// <c>12-05 10:00</c>: the latest such time not after now.
/// </summary>
public static class PaidAtText
{
    public const string Format = "yyyy-MM-dd HH:mm";

    private static readonly string[] WithYear = ["yyyy-MM-dd HH:mm", "yyyy-M-d H:mm", "yyyy-MM-dd", "yyyy-M-d"];

    private static readonly string[] WithoutYear = ["MM-dd HH:mm", "M-d H:mm", "MM-dd", "M-d"];

    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    public static DateTimeOffset? Parse(string? text, DateTimeOffset now)
    {
        var trimmed = text?.Trim();
        if (DateTime.TryParseExact(trimmed, WithYear, CultureInfo.InvariantCulture, DateTimeStyles.AllowInnerWhite, out var at))
        {
            return new DateTimeOffset(at, China);
        }

        var today = now.ToOffset(China);
        if (!DateTime.TryParseExact($"{today.Year}-{trimmed}", WithoutYear.Select(f => "yyyy-" + f).ToArray(),
                CultureInfo.InvariantCulture, DateTimeStyles.AllowInnerWhite, out var thisYear))
        {
            return null;
        }

        var candidate = new DateTimeOffset(thisYear, China);
        return candidate > today ? candidate.AddYears(-1) : candidate;
    }
}
