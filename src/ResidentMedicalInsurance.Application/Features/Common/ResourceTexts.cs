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
}
