namespace ResidentMedicalInsurance.Application.Features.Worklists;

/// <summary>Texts of the clerk's worklists (Resources/Worklists.resx, zh-CN, and Worklists.en.resx).</summary>
public static class WorklistTexts
{
    private static readonly ResourceTexts Resources = new("Worklists");

    public static string Get(string key) => Resources.Get(key);

    public static string Format(string key, params object?[] values) => Resources.Format(key, values);

    /// <summary>A list's name (待缴费, 续保未缴, …).</summary>
    public static string Name(WorklistKind kind) => Get($"Kind_{kind}");
}
