namespace ResidentMedicalInsurance.Domain.Common;

/// <summary>zh-CN messages for amounts typed by a clerk.</summary>
internal static class MoneyMessages
{
    public const string Empty = "请输入金额。";

    public static string InvalidFormat(string input) =>
        $"金额“{input}”格式不正确：请输入以元为单位的数字，例如 250、250.50 或 1,540.00。";

    public static string TooManyDecimals(string input) =>
        $"金额“{input}”的小数超过两位：金额只能精确到分，请保留两位小数以内。";

    public static string OutOfRange(string input) =>
        $"金额“{input}”超出允许范围，请核对。";
}
