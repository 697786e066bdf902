namespace ResidentMedicalInsurance.Application.Features.Rosters;

/// <summary>
/// The texts of the roster work (Resources/Rosters.resx, zh-CN, and Rosters.en.resx). A row's reason is
/// written in Chinese whatever the reviewer's language: it goes back to the department in the feedback list.
/// </summary>
public static class RosterTexts
{
    private static readonly ResourceTexts Resources = new("Rosters");

    public static string Get(string key) => Resources.Get(key);

    public static string Format(string key, params object?[] values) => Resources.Format(key, values);

    /// <summary>A row reason, in zh-CN (<see cref="ResourceTexts.FormatChinese"/>).</summary>
    public static string Reason(string key, params object?[] values) => Resources.FormatChinese(key, values);
}
