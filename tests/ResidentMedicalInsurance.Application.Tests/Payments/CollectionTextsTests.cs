using System.Globalization;
using ResidentMedicalInsurance.Application.Features.Payments;
using ResidentMedicalInsurance.Application.Tests.Support;

namespace ResidentMedicalInsurance.Application.Tests.Payments;

/// <summary>The household and batch payment texts (Resources/Collection*.resx) in both languages.</summary>
public sealed class CollectionTextsTests
{
    [Fact]
    public void Every_text_exists_in_Chinese_and_English_and_the_English_has_no_Chinese() => ResourcePair.AssertComplete("Collection");

    [Fact]
    public void The_batch_list_file_is_worded_in_Chinese_in_English_too()
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("en");
            Assert.Equal("Batch list", CollectionTexts.Get("List_Sheet"));
            Assert.Equal("身份证号（脱敏）", CollectionTexts.Chinese("List_IdNumber"));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
