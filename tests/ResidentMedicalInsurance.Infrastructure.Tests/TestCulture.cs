using System.Globalization;
using System.Runtime.CompilerServices;

namespace ResidentMedicalInsurance.Infrastructure.Tests;

/// <summary>The tests read the portal's zh-CN texts whatever the machine's locale (the portal sets it per request).</summary>
internal static class TestCulture
{
    [ModuleInitializer]
    internal static void UseChinese() =>
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = new CultureInfo("zh-CN");
}
