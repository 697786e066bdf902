using System.Globalization;

namespace ResidentMedicalInsurance.Infrastructure.Files;

/// <summary>How a cell's value becomes the text of a <see cref="TableRow"/> (ADR 0052).</summary>
internal static class CellText
{
    /// <summary>
    /// Trims white space as <see cref="char.IsWhiteSpace(char)"/> knows it (which includes the ideographic
    /// space U+3000 and the no-break space U+00A0) and the invisible characters spreadsheets carry along
    /// (zero-width space U+200B, byte-order mark U+FEFF).
    /// </summary>
    public static string Trim(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var span = text.AsSpan();
        var start = 0;
        var end = span.Length - 1;
        while (start <= end && IsBlank(span[start]))
        {
            start++;
        }

        while (end >= start && IsBlank(span[end]))
        {
            end--;
        }

        return start == 0 && end == span.Length - 1 ? text : span[start..(end + 1)].ToString();
    }

    /// <summary>
    /// A number as digits: an integer value without exponent or decimals, the digits being those the file
    /// holds (an ID number saved as a number keeps only Excel's 15 significant digits:
    /// 3.50426199001011E+17 is "350426199001011000"); any other number as the shortest round-trip text.
    /// </summary>
    public static string Number(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        if (double.IsFinite(value) && Math.Floor(value) == value)
        {
            var exponent = text.IndexOfAny(['E', 'e']);
            if (exponent >= 0)
            {
                return ExpandExponent(text, exponent);
            }
        }

        return text;
    }

    /// <summary>A date as yyyy-MM-dd, with " HH:mm" when it has a time of day.</summary>
    public static string Date(DateTime value) =>
        value.TimeOfDay == TimeSpan.Zero
            ? value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : value.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A time-of-day cell as HH:mm (HH:mm:ss when it has seconds).</summary>
    public static string Time(TimeSpan value) =>
        value.Seconds == 0
            ? value.ToString(@"hh\:mm", CultureInfo.InvariantCulture)
            : value.ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture);

    /// <summary>
    /// Whether a csv cell holds a number as Excel prints a long one it has stored as a number
    /// ("3.50426E+17"): the file then no longer holds the digits that were typed.
    /// </summary>
    public static bool LooksLikeScientific(string text)
    {
        var span = text.AsSpan();
        var e = span.IndexOfAny('E', 'e');
        if (e <= 0 || e + 2 > span.Length)
        {
            return false;
        }

        var mantissa = span[..e];
        var exponent = span[(e + 1)..];
        if (exponent[0] is '+' or '-')
        {
            exponent = exponent[1..];
        }

        return exponent.Length > 0 && AllDigits(exponent) && IsDecimal(mantissa);
    }

    /// <summary>Excel's way of keeping digits text in a csv: <c>="0123"</c>. Returns the text inside.</summary>
    public static string UnwrapFormulaText(string text) =>
        text.Length >= 3 && text.StartsWith("=\"", StringComparison.Ordinal) && text.EndsWith('"')
            ? text[2..^1].Replace("\"\"", "\"", StringComparison.Ordinal)
            : text;

    private static bool IsBlank(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF';

    private static bool AllDigits(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDecimal(ReadOnlySpan<char> span)
    {
        if (span.Length > 0 && span[0] is '+' or '-')
        {
            span = span[1..];
        }

        var dot = span.IndexOf('.');
        return dot < 0
            ? span.Length > 0 && AllDigits(span)
            : dot > 0 && dot < span.Length - 1 && AllDigits(span[..dot]) && AllDigits(span[(dot + 1)..]);
    }

    /// <summary>"3.50426199001011E+17" to "350426199001011000" (only called for integer values).</summary>
    private static string ExpandExponent(string text, int e)
    {
        var negative = text[0] == '-';
        var mantissa = text.AsSpan(negative ? 1 : 0, e - (negative ? 1 : 0));
        var exponent = int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var dot = mantissa.IndexOf('.');
        var integerDigits = dot < 0 ? mantissa.Length : dot;
        var digits = dot < 0 ? mantissa.ToString() : string.Concat(mantissa[..dot], mantissa[(dot + 1)..]);
        var zeros = integerDigits + exponent - digits.Length;
        var result = zeros >= 0 ? digits + new string('0', zeros) : digits[..(integerDigits + exponent)];
        return negative ? "-" + result : result;
    }
}
