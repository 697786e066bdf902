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
            return $"请填写{field}。";
        }

        if (value.Trim().Length > maxLength)
        {
            return $"{field}过长：最多 {maxLength} 个字，当前 {value.Trim().Length} 个字。";
        }

        if (value.Any(char.IsControl))
        {
            return $"{field}含有不可见的控制字符，请重新输入。";
        }

        return value.EnumerateRunes().Any(r => Rune.GetUnicodeCategory(r) == UnicodeCategory.Format)
            ? $"{field}含有不可见的格式字符（如文字方向控制符、零宽字符），请删除后重新输入。"
            : null;
    }

    public static string? TextProblem(string? value, string field, int maxLength, bool required = true)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return required ? $"请填写{field}。" : null;
        }

        return NameProblem(value, field, maxLength);
    }
}
