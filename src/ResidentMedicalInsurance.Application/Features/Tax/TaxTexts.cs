namespace ResidentMedicalInsurance.Application.Features.Tax;

/// <summary>Texts of the tax-bureau exchange (Resources/Tax.resx, zh-CN, and Tax.en.resx); row reasons in zh-CN like a roster's.</summary>
public static class TaxTexts
{
    private static readonly ResourceTexts Resources = new("Tax");

    public static string Get(string key) => Resources.Get(key);

    public static string Format(string key, params object?[] values) => Resources.Format(key, values);

    public static string Reason(string key, params object?[] values) => Resources.FormatChinese(key, values);
}
