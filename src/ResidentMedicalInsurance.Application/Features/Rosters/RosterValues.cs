using System.Globalization;

namespace ResidentMedicalInsurance.Application.Features.Rosters;

/// <summary>How a roster cell's text is read: names and dates as departments write them.</summary>
public static class RosterValues
{
    private static readonly string[] DateFormats =
    [
        "yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyyMMdd", "yyyy年M月d日", "yyyy-M-d H:mm", "yyyy/M/d H:mm", "yyyy-M-d H:mm:ss",
    ];

    /// <summary>A name without any white space, with the middle dots of minority names made one character.</summary>
    public static string Name(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            builder.Append(c is '•' or '・' or '.' or '．' or '‧' ? '·' : c);
        }

        return builder.ToString();
    }

    /// <summary>An ID number's text without white space (spaces inside numbers are common in typed rosters).</summary>
    public static string IdText(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>认定日期: empty is "no date" (in time, policy-spec undated-certification); an Excel serial number is read too.</summary>
    public static bool TryDate(string text, bool numeric, out DateOnly? date)
    {
        date = null;
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return true;
        }

        if (DateTime.TryParseExact(trimmed, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = DateOnly.FromDateTime(parsed);
            return true;
        }

        if (numeric && double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 20000 and < 80000)
        {
            date = DateOnly.FromDateTime(DateTime.FromOADate(serial));
            return true;
        }

        return false;
    }

    /// <summary>Truncates a cell to what its column stores (a pasted essay in 备注 must not fail the import).</summary>
    public static string Fit(string text, int max) => text.Length <= max ? text : text[..max];
}
