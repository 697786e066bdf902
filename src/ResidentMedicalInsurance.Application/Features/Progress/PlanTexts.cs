using ResidentMedicalInsurance.Domain.Progress;

namespace ResidentMedicalInsurance.Application.Features.Progress;

/// <summary>Texts of the township plans (参保任务数) page, its commands and its file (Resources/Plans.resx, zh-CN, and Plans.en.resx).</summary>
public static class PlanTexts
{
    private static readonly ResourceTexts Resources = new("Plans");

    public static string Get(string key) => Resources.Get(key);

    public static string Format(string key, params object?[] values) => Resources.Format(key, values);

    /// <summary>Where a plan came from, in the user's language (<c>Source_&lt;value&gt;</c>).</summary>
    public static string Source(PlanSource source) => Get($"Source_{source}");
}
