using System.Globalization;

namespace ResidentMedicalInsurance.Application.Features.Tax;

/// <summary>The due list's texts (Resources/TaxDue.resx, zh-CN, and TaxDue.en.resx); the audit note is always zh-CN.</summary>
public static class DueTexts
{
    private static readonly ResourceTexts Resources = new("TaxDue");
    private static readonly CultureInfo ChineseCulture = CultureInfo.GetCultureInfo("zh-CN");

    public static string Get(string key) => Resources.Get(key);

    public static string Format(string key, params object?[] values) => Resources.Format(key, values);

    /// <summary>In zh-CN whatever the user's language (the audit trail is read in Chinese).</summary>
    public static string Chinese(string key, params object?[] values)
    {
        var ui = CultureInfo.CurrentUICulture;
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentUICulture = ChineseCulture;
            CultureInfo.CurrentCulture = ChineseCulture;
            return Resources.Format(key, values);
        }
        finally
        {
            CultureInfo.CurrentUICulture = ui;
            CultureInfo.CurrentCulture = culture;
        }
    }
}
