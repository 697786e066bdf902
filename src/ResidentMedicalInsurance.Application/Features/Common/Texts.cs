using System.Globalization;

namespace ResidentMedicalInsurance.Application.Features.Common;

/// <summary>
/// The texts the Application sends to the UI, in the signed-in user's language (the UI culture of the
/// circuit or request: zh-CN, or English): Resources/Texts.resx (zh-CN) and Texts.en.resx.
/// </summary>
public static class Texts
{
    private static readonly ResourceTexts Resources = new("Texts");

    /// <summary>Whether the user reads Chinese (every culture but English).</summary>
    public static bool Chinese => !CultureInfo.CurrentUICulture.TwoLetterISOLanguageName.Equals("en", StringComparison.Ordinal);

    public static string Get(string key) => Resources.Get(key);

    public static string Format(string key, params object?[] values) => Resources.Format(key, values);
}
