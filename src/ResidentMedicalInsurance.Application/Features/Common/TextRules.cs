using System.Globalization;
using System.Text;

namespace ResidentMedicalInsurance.Application.Features.Common;

/// <summary>
/// Rules for free text. Names are stored exactly as typed (markup included; pages escape it);
/// only blanks, over-long values, control characters and invisible format characters (Unicode
/// category Cf: bidi overrides such as U+202E, zero-width characters) are refused.
/// </summary>
public static class TextRules
{
    public static string? NameProblem(string? value, string field, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Messages.Format("TextRules_Required", field);
        }

        if (value.Trim().Length > maxLength)
        {
            return Messages.Format("TextRules_TooLong", field, maxLength, value.Trim().Length);
        }

        if (value.Any(char.IsControl))
        {
            return Messages.Format("TextRules_ControlCharacters", field);
        }

        return value.EnumerateRunes().Any(r => Rune.GetUnicodeCategory(r) == UnicodeCategory.Format)
            ? Messages.Format("TextRules_FormatCharacters", field)
            : null;
    }

    public static string? TextProblem(string? value, string field, int maxLength, bool required = true)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return required ? Messages.Format("TextRules_Required", field) : null;
        }

        return NameProblem(value, field, maxLength);
    }
}
