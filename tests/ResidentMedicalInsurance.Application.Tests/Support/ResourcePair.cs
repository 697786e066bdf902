using System.Collections;
using System.Globalization;
using System.Resources;
using ResidentMedicalInsurance.Application.Features.Common;

namespace ResidentMedicalInsurance.Application.Tests.Support;

/// <summary>One resource pair of the Application (Resources/&lt;name&gt;.resx in zh-CN, &lt;name&gt;.en.resx in English), read as the tests see it.</summary>
public static class ResourcePair
{
    /// <summary>The texts of one language alone (no fallback to the neutral zh-CN).</summary>
    public static Dictionary<string, string> Set(string name, CultureInfo culture) =>
        new ResourceManager($"ResidentMedicalInsurance.Application.Resources.{name}", typeof(Texts).Assembly)
            .GetResourceSet(culture, createIfNotExists: true, tryParents: false)!.Cast<DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string)e.Value!);

    /// <summary>Every key in both languages, and no Chinese in the English.</summary>
    public static void AssertComplete(string name)
    {
        var chinese = Set(name, CultureInfo.InvariantCulture);
        var english = Set(name, new CultureInfo("en"));

        Assert.NotEmpty(chinese);
        Assert.Equal(chinese.Keys.Order(), english.Keys.Order());
        Assert.All(english, e => Assert.DoesNotMatch(@"\p{IsCJKUnifiedIdeographs}", e.Value));
    }
}
