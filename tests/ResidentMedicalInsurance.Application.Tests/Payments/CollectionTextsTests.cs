using System.Collections;
using System.Globalization;
using System.Resources;
using ResidentMedicalInsurance.Application.Features.Payments;

namespace ResidentMedicalInsurance.Application.Tests.Payments;

/// <summary>The household and batch payment texts (Resources/Collection*.resx) in both languages.</summary>
public sealed class CollectionTextsTests
{
    private static readonly ResourceManager Resources = new("ResidentMedicalInsurance.Application.Resources.Collection", typeof(CollectionTexts).Assembly);

    private static Dictionary<string, string> Set(CultureInfo culture) =>
        Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!.Cast<DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string)e.Value!);

    [Fact]
    public void Every_text_exists_in_Chinese_and_English_and_the_English_has_no_Chinese()
    {
        var chinese = Set(CultureInfo.InvariantCulture);
        var english = Set(new CultureInfo("en"));

        Assert.NotEmpty(chinese);
        Assert.Equal(chinese.Keys.Order(), english.Keys.Order());
        Assert.All(english, e => Assert.DoesNotMatch(@"\p{IsCJKUnifiedIdeographs}", e.Value));
    }

    [Fact]
    public void The_batch_list_file_is_worded_in_Chinese_in_English_too()
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("en");
            Assert.Equal("Batch payment list", CollectionTexts.Get("List_Title"));
            Assert.Equal("身份证号（脱敏）", CollectionTexts.Chinese("List_IdNumber"));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
