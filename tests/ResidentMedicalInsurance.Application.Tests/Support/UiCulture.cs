using System.Globalization;

namespace ResidentMedicalInsurance.Application.Tests.Support;

/// <summary>The user's language for one block (<c>using (new UiCulture("en")) { ... }</c>), as the portal sets it per request.</summary>
internal sealed class UiCulture : IDisposable
{
    private readonly CultureInfo before = CultureInfo.CurrentUICulture;

    public UiCulture(string culture) => CultureInfo.CurrentUICulture = new CultureInfo(culture);

    public void Dispose() => CultureInfo.CurrentUICulture = before;
}
