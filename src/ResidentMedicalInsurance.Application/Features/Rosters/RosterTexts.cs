using System.Globalization;
using ResidentMedicalInsurance.Application.Features.Households;
using ResidentMedicalInsurance.Domain.Residents;

namespace ResidentMedicalInsurance.Application.Features.Rosters;

/// <summary>
/// The texts of the roster work (Resources/Rosters.resx, zh-CN, and Rosters.en.resx). A row's reason is
/// written in Chinese whatever the reviewer's language: it goes back to the department in the feedback list.
/// </summary>
public static class RosterTexts
{
    private static readonly ResourceTexts Resources = new("Rosters");
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    public static string Get(string key) => Resources.Get(key);

    public static string Format(string key, params object?[] values) => Resources.Format(key, values);

    /// <summary>A row reason, in zh-CN; an ID number's problem (the Domain's code, ADR 0051) is worded here too.</summary>
    public static string Reason(string key, params object?[] values)
    {
        var ui = CultureInfo.CurrentUICulture;
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentUICulture = Chinese;
            CultureInfo.CurrentCulture = Chinese;
            return Resources.Format(key, values.Select(v => v is ResidentIdError id ? ResidentIdMessages.Of(id) : v).ToArray());
        }
        finally
        {
            CultureInfo.CurrentUICulture = ui;
            CultureInfo.CurrentCulture = culture;
        }
    }
}
