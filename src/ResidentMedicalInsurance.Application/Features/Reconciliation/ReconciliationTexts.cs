namespace ResidentMedicalInsurance.Application.Features.Reconciliation;

/// <summary>Texts of the fund statement and its sign-off (Resources/Reconciliation.resx, zh-CN, and Reconciliation.en.resx).</summary>
public static class ReconciliationTexts
{
    private static readonly ResourceTexts Resources = new("Reconciliation");

    public static string Get(string key) => Resources.Get(key);

    public static string Format(string key, params object?[] values) => Resources.Format(key, values);
}
