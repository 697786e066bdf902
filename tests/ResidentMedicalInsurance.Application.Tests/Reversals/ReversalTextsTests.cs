using ResidentMedicalInsurance.Application.Features.Reversals;
using ResidentMedicalInsurance.Application.Tests.Support;
using ResidentMedicalInsurance.Domain.Payments;

namespace ResidentMedicalInsurance.Application.Tests.Reversals;

/// <summary>The reversal texts in both languages, the states' labels and the reason the clerk's choice and text make.</summary>
public sealed class ReversalTextsTests
{
    [Fact]
    public void Every_reversal_text_exists_in_Chinese_and_English_and_the_English_has_no_Chinese() => ResourcePair.AssertComplete("Reversals");

    [Fact]
    public void States_and_typical_reasons_have_labels_in_both_languages()
    {
        Assert.Equal(["待审核", "已批准", "已驳回"], Enum.GetValues<ReversalStatus>().Select(ReversalTexts.Status));
        Assert.Equal(["录错人员", "金额录错", "凭证号录错", "重复录入"], ReversalReasons.Typical);
        using (new UiCulture("en"))
        {
            Assert.Equal(["Pending", "Approved", "Rejected"], Enum.GetValues<ReversalStatus>().Select(ReversalTexts.Status));
            Assert.Equal("Wrong person: should have been his wife", ReversalReasons.Compose("Wrong person", " should have been his wife "));
        }
    }

    [Fact]
    public void The_reason_is_the_choice_the_text_or_both()
    {
        Assert.Equal("录错人员：应为其配偶缴费", ReversalReasons.Compose("录错人员", "应为其配偶缴费"));
        Assert.Equal("重复录入", ReversalReasons.Compose(" 重复录入 ", " "));
        Assert.Equal("凭证号应为 V002", ReversalReasons.Compose(null, "凭证号应为 V002"));
        Assert.Null(ReversalReasons.Compose("", null));
    }
}
