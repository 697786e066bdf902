namespace ResidentMedicalInsurance.Application.Features.Accounts;

/// <summary>Texts of the personal accounts (个人账户), zh-CN and English (Resources/Accounts*.resx).</summary>
public static class AccountsTexts
{
    private static readonly ResourceTexts Resources = new("Accounts");

    public static string Get(string key) => Resources.Get(key);

    public static string Format(string key, params object?[] values) => Resources.Format(key, values);
}
