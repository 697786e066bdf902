namespace ResidentMedicalInsurance.Application.Features.Common;

/// <summary>
/// Rules for free text. Names are stored exactly as typed (markup included; pages escape it);
/// only blanks, over-long values and control characters are refused.
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

        return value.Any(char.IsControl) ? $"{field}含有不可见的控制字符，请重新输入。" : null;
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
