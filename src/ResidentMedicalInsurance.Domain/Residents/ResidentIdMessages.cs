namespace ResidentMedicalInsurance.Domain.Residents;

/// <summary>zh-CN messages for each way an ID number can be wrong (what is wrong, what to do).</summary>
internal static class ResidentIdMessages
{
    public const string Empty = "请输入居民身份证号码。";

    private const string LegacyPrefix = "15位旧身份证号码无法升级为18位：";
    private const string LegacySuffix = "请核对号码，或改用18位居民身份证号码。";

    public static string WrongLength(int length) =>
        Invariant($"居民身份证号码应为18位（旧版15位号码会自动升级），当前为{length}位，请核对是否漏输或多输。");

    public static string IllegalCharacter(int position, char c) =>
        Invariant($"居民身份证号码第{position}位“{c}”无效：前17位只能是数字，第18位只能是数字或X。");

    public static string InvalidProvince(string code) =>
        $"居民身份证号码前两位“{code}”不是有效的省级行政区划代码，请核对。";

    public static string InvalidPermitRegion(string expected, string actual) =>
        $"港澳台居民居住证号码前6位应为{expected}，当前为{actual}，请核对。";

    public static string InvalidBirthDate(string digits) =>
        $"居民身份证号码第7至14位的出生日期“{digits}”不是有效日期，请核对。";

    public static string BirthBefore1900(DateOnly birth) =>
        $"居民身份证号码中的出生日期{Iso(birth)}早于1900年，请核对。";

    public static string BirthInFuture(DateOnly birth, DateOnly today) =>
        $"居民身份证号码中的出生日期{Iso(birth)}晚于今天（{Iso(today)}），请核对。";

    public static string WrongCheckDigit(char expected, char actual) =>
        $"居民身份证号码校验位不正确：按前17位计算，第18位应为{expected}，当前为{actual}，请核对是否有数字录错。";

    public static string LegacyIllegalCharacter(int position, char c) =>
        Invariant($"{LegacyPrefix}第{position}位“{c}”不是数字，旧号码只能由15位数字组成。{LegacySuffix}");

    public static string LegacyInvalidProvince(string code) =>
        $"{LegacyPrefix}前两位“{code}”不是有效的省级行政区划代码。{LegacySuffix}";

    public static string LegacyInvalidBirthDate(string digits) =>
        $"{LegacyPrefix}第7至12位的出生日期“{digits}”（19{digits[..2]}年）不是有效日期。{LegacySuffix}";

    public static string LegacyBirthInFuture(DateOnly birth, DateOnly today) =>
        $"{LegacyPrefix}出生日期{Iso(birth)}晚于今天（{Iso(today)}）。{LegacySuffix}";

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
