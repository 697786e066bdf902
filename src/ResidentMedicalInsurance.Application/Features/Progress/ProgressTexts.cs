namespace ResidentMedicalInsurance.Application.Features.Progress;

/// <summary>Texts of the campaign progress figures (Resources/Progress.resx, zh-CN, and Progress.en.resx).</summary>
public static class ProgressTexts
{
    private static readonly ResourceTexts Resources = new("Progress");

    public static string Get(string key) => Resources.Get(key);
}
