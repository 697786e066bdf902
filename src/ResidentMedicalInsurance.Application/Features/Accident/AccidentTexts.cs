namespace ResidentMedicalInsurance.Application.Features.Accident;

/// <summary>Texts of the accident insurance (Resources/Accident.resx, zh-CN, and Accident.en.resx); the insurer's list file in zh-CN.</summary>
public static class AccidentTexts
{
    private static readonly ResourceTexts Resources = new("Accident");

    public static string Get(string key) => Resources.Get(key);

    public static string Format(string key, params object?[] values) => Resources.Format(key, values);

    public static string Chinese(string key, params object?[] values) => Resources.FormatChinese(key, values);

    public static string Status(Domain.Supplementary.AccidentCoverStatus status) => Get($"Status_{status}");
}
