namespace ResidentMedicalInsurance.Application.Features.Notices;

/// <summary>Texts of the progress notice (Resources/Notices.resx, zh-CN, and Notices.en.resx).</summary>
public static class NoticeTexts
{
    private static readonly ResourceTexts Resources = new("Notices");

    public static string Get(string key) => Resources.Get(key);

    public static string Format(string key, params object?[] values) => Resources.Format(key, values);

    /// <summary>The text in zh-CN whatever the user's language: what the notice itself says (its title) is an office's document.</summary>
    public static string Chinese(string key, params object?[] values) => Resources.FormatChinese(key, values);
}
