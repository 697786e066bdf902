using ResidentMedicalInsurance.Policies.Counties.Shiquan;
using ResidentMedicalInsurance.Policies.Counties.Youxi;
using static ResidentMedicalInsurance.Policies.Tests.TestSupport;

namespace ResidentMedicalInsurance.Policies.Tests;

/// <summary>
/// 石政办函〔2020〕47号 六(四): a person who paid in the wrong region by no fault of their own is refunded there and pays
/// again here; the benefit period runs from the first payment.
/// </summary>
public class ShiquanWrongPlaceTests
{
    private const string Doc = "石政办函〔2020〕47号";
    private static readonly ShiquanProfile2021 Profile = new();

    [Fact]
    public void Shiquan_6_4_FirstPaidElsewhereInTheWindow_RepaidAfterIt_BenefitsFromTheYearStart()
    {
        var decision = Profile.Evaluate(Local().Paying("2021-03-15").With(new Circumstances { FirstPaidElsewhereOn = D("2020-12-10") }));
        decision.AssertBenefits("2021-01-01", "2021-12-31");
        decision.AssertCites($"{Doc} 六(四)");
        Assert.Equal(280_00, decision.IndividualDue);
    }

    [Fact]
    public void Shiquan_6_4_FirstPaidElsewhereAfterTheWindow_BenefitsFromTheMonthAfterTheFirstPayment()
        => Profile.Evaluate(Local().Paying("2021-05-20").With(new Circumstances { FirstPaidElsewhereOn = D("2021-02-03") }))
            .AssertBenefits("2021-03-01", "2021-12-31");

    [Fact]
    public void Shiquan_1_4_WithoutAFirstPayment_RepaidAfterTheWindow_BenefitsFromTheNextMonth()
        => Profile.Evaluate(Local().Paying("2021-03-15")).AssertBenefits("2021-04-01", "2021-12-31");

    [Theory]
    [InlineData("2020-08-31")] // before this year's window opened: not a payment for 2021
    [InlineData("2021-03-15")] // the same day: nothing earlier to count from
    [InlineData("2021-03-16")] // a later day is not a first payment
    public void Shiquan_6_4_AFirstPaymentThatIsNotEarlierInsideTheYear_ChangesNothing(string first)
    {
        var decision = Profile.Evaluate(Local().Paying("2021-03-15").With(new Circumstances { FirstPaidElsewhereOn = D(first) }));
        decision.AssertBenefits("2021-04-01", "2021-12-31");
        Assert.DoesNotContain(decision.Basis, b => b.Text.Contains("首次缴费时间", StringComparison.Ordinal));
    }

    [Fact]
    public void Shiquan_6_4_FirstPaymentOnTheDayTheWindowOpens_Counts()
        => Profile.Evaluate(Local().Paying("2021-03-15").With(new Circumstances { FirstPaidElsewhereOn = D("2020-09-01") }))
            .AssertBenefits("2021-01-01", "2021-12-31");

    [Fact]
    public void Shiquan_6_4_TheCircumstanceIsOfferedOnTheEnrolmentForm()
        => Assert.Contains(Profile.Circumstances, c => c.Circumstance == Circumstance.FirstPaidElsewhereOn);

    [Fact]
    public void Youxi_HasNoSuchClause_TheFirstPaymentIsIgnored()
    {
        var youxi = new YouxiProfile2020();
        var plain = youxi.Evaluate(Local().Paying("2020-11-16"));
        var withFirst = youxi.Evaluate(Local().Paying("2020-11-16").With(new Circumstances { FirstPaidElsewhereOn = D("2019-10-01") }));
        Assert.Equal(plain.BenefitStart, withFirst.BenefitStart);
        Assert.DoesNotContain(youxi.Circumstances, c => c.Circumstance == Circumstance.FirstPaidElsewhereOn);
    }
}
