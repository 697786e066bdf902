using System.Globalization;
using System.Resources;

namespace ResidentMedicalInsurance.Application.Features.Common;

/// <summary>One resource pair of the Application (Resources/&lt;name&gt;.resx, zh-CN, and &lt;name&gt;.en.resx), read in the current UI culture.</summary>
internal sealed class ResourceTexts(string name)
{
    private readonly ResourceManager resources = new($"ResidentMedicalInsurance.Application.Resources.{name}", typeof(ResourceTexts).Assembly);

    public string Get(string key) =>
        resources.GetString(key, CultureInfo.CurrentUICulture) ?? throw new InvalidOperationException($"No text {key} in Resources/{name}.resx.");

    public string Format(string key, object?[] values) => string.Format(CultureInfo.CurrentCulture, Get(key), values);

    /// <summary>
    /// The text in zh-CN whatever the user's language (what goes back to a department or the tax bureau); an ID
    /// number's problem (the Domain's code, ADR 0051) is worded in zh-CN too.
    /// </summary>
    public string FormatChinese(string key, object?[] values)
    {
        var (ui, culture) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = Chinese;
            return Format(key, values.Select(v => v is Domain.Residents.ResidentIdError id ? Households.ResidentIdMessages.Of(id) : v).ToArray());
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, culture);
        }
    }

    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
}
