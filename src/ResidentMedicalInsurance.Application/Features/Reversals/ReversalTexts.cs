using ResidentMedicalInsurance.Domain.Payments;

namespace ResidentMedicalInsurance.Application.Features.Reversals;

/// <summary>Texts of payment reversals (冲正, Resources/Reversals.resx, zh-CN, and Reversals.en.resx).</summary>
public static class ReversalTexts
{
    private static readonly ResourceTexts Resources = new("Reversals");

    public static string Get(string key) => Resources.Get(key);

    public static string Format(string key, params object?[] values) => Resources.Format(key, values);

    /// <summary>待审核 / 已批准 / 已驳回.</summary>
    public static string Status(ReversalStatus status) => Get($"Status_{status}");
}
