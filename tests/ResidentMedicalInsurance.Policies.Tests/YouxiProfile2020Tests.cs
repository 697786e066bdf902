using ResidentMedicalInsurance.Policies.Counties.Youxi;
using static ResidentMedicalInsurance.Policies.Tests.TestSupport;

namespace ResidentMedicalInsurance.Policies.Tests;

/// <summary>youxi-2020, 尤政办〔2019〕45号 (policy-spec section 8).</summary>
public class YouxiProfile2020Tests
{
    private const string Doc = "尤政办〔2019〕45号";
    private static readonly YouxiProfile2020 Profile = new();

    /// <summary>The same plan with 2021 dates: a common year for the end-of-February rule.</summary>
    private sealed class Youxi2021() : YouxiRules("youxi-2021-test", Doc, YouxiProfile2020.Data2020 with
    {
        Year = 2021,
        IndividualFeeUntil = D("2021-06-30"),
        WindowOpens = D("2020-09-01"),
        WindowCloses = D("2020-12-31"),
        CountyExemptionsCertifiedBy = D("2020-09-30"),
    });

    [Fact]
    public void Youxi_2_EmployeeInsurance_NotEligible()
    {
        var decision = Profile.Evaluate((Local() with { EmployeeInsurance = true }).Paying("2019-10-01"));
        decision.AssertIneligible(IneligibleReasons.EmployeeInsurance);
        decision.AssertCites($"{Doc} 二");
    }

    [Fact]
    public void Youxi_2_1_LocalHukou_Eligible() => Profile.Evaluate(Local().Paying("2019-10-01")).AssertCites($"{Doc} 二1");

    [Fact]
    public void Youxi_2_2_StationedArmedPolice_Eligible()
        => Profile.Evaluate((Nonlocal() with { ArmedPolice = true }).Paying("2019-10-01")).AssertCites($"{Doc} 二2");

    [Fact]
    public void Youxi_2_3_HongKongMacaoTaiwan_OneYearNotEmployed_Eligible()
        => Profile.Evaluate((Nonlocal() with { HkMacaoTaiwan = true, ResidentYears = 1 }).Paying("2019-10-01")).AssertCites($"{Doc} 二3");

    [Fact]
    public void Youxi_2_3_HongKongMacaoTaiwan_UnderOneYear_NotEligible()
        => Profile.Evaluate((Nonlocal() with { HkMacaoTaiwan = true, ResidentYears = 0 }).Paying("2019-10-01")).AssertIneligible(IneligibleReasons.NotInScope);

    [Fact]
    public void Youxi_2_3_HongKongMacaoTaiwan_Employed_NotEligible()
        => Profile.Evaluate((Nonlocal() with { HkMacaoTaiwan = true, ResidentYears = 3, Employed = true }).Paying("2019-10-01")).AssertIneligible(IneligibleReasons.NotInScope);

    [Fact]
    public void Youxi_2_3_MigrantWorkerWithResidencePermit_Eligible()
        => Profile.Evaluate((Nonlocal() with { ResidencePermit = true }).Paying("2019-10-01")).AssertCites($"{Doc} 二3");

    [Fact]
    public void Youxi_2_4_ChildOfMigrantInsuredInSanming_Eligible()
        => Profile.Evaluate((Nonlocal() with { ParentInsuredInPrefecture = true }).Paying("2019-10-01")).AssertCites($"{Doc} 二4");

    [Fact]
    public void Youxi_2_NoLink_NotEligible()
    {
        var decision = Profile.Evaluate(Nonlocal().Paying("2019-10-01"));
        decision.AssertIneligible(IneligibleReasons.NotInScope);
        decision.AssertCites($"{Doc} 二");
    }

    [Theory]
    [InlineData("2019-09-01")]
    [InlineData("2020-06-30")]
    public void Youxi_3_1_UntilJune30_Fee250(string paid)
    {
        var decision = Profile.Evaluate(Local().Paying(paid).With(new Circumstances { MedicalAssistance = false }));
        decision.AssertFee(250_00, 250_00);
        decision.AssertCites($"{Doc} 三(一)");
    }

    [Theory]
    [InlineData("2020-07-01")]
    [InlineData("2020-10-01")]
    public void Youxi_3_2_FromJuly1_FeePlusFiscalSubsidy770(string paid)
    {
        var decision = Profile.Evaluate(Local().Paying(paid));
        decision.AssertFee(770_00, 770_00);
        decision.AssertCites($"{Doc} 三(二)");
    }

    [Fact]
    public void Youxi_3_3_AccidentInsurance_SeparateNotInBasicFee()
    {
        Assert.Equal(30_00, Profile.Data.AccidentInsuranceFen);
        Profile.Evaluate(Local().Paying("2019-10-01")).AssertFee(250_00, 250_00);
    }

    [Fact]
    public void Youxi_4_1_BeforeSeptember1_NotAccepted()
    {
        var decision = Profile.Evaluate(Local().Paying("2019-08-31"));
        decision.AssertRejected(RejectedReasons.WindowNotOpen);
        decision.AssertCites($"{Doc} 四(一)");
    }

    [Theory]
    [InlineData("2019-09-01")]
    [InlineData("2019-12-31")]
    public void Youxi_4_1_NormalPeriod_BenefitsWholeYear(string paid)
    {
        var decision = Profile.Evaluate(Local().Paying(paid));
        decision.AssertBenefits("2020-01-01", "2020-12-31");
        decision.AssertCites($"{Doc} 四(一)");
    }

    [Theory]
    [InlineData("2020-01-01", "2020-01-02")]
    [InlineData("2020-02-28", "2020-02-29")]
    [InlineData("2020-02-29", "2020-03-01")]
    public void Youxi_4_2_1_CatchUp_EndOfFebruary_LeapYear_BenefitsFromDayAfterPayment(string paid, string start)
    {
        var decision = Profile.Evaluate(Local().Paying(paid));
        decision.AssertBenefits(start, "2020-12-31");
        decision.AssertCites($"{Doc} 四(二)1");
        decision.AssertCites("decision:youxi-catchup");
    }

    [Fact]
    public void Youxi_4_2_1_CatchUp_EndOfFebruary_CommonYear_BenefitsFromDayAfterPayment()
    {
        var profile = new Youxi2021();
        var lastDay = profile.Evaluate(Local().Paying("2021-02-28"));
        lastDay.AssertBenefits("2021-03-01", "2021-12-31");
        lastDay.AssertCites("decision:youxi-catchup");
        var firstOverdue = profile.Evaluate(Local().Paying("2021-03-01"));
        firstOverdue.AssertBenefits("2021-04-30", "2021-12-31");
        firstOverdue.AssertCites($"{Doc} 四(二)2");
    }

    [Theory]
    [InlineData("2020-03-01", "2020-04-30")]
    [InlineData("2020-07-01", "2020-08-30")]
    [InlineData("2020-11-01", "2020-12-31")]
    public void Youxi_4_2_2_Overdue_SixtyDayWait(string paid, string start)
    {
        var decision = Profile.Evaluate(Local().Paying(paid));
        decision.AssertBenefits(start, "2020-12-31");
        decision.AssertCites($"{Doc} 四(二)2");
        decision.AssertDoesNotCite("decision:youxi-catchup");
    }

    [Fact]
    public void Youxi_4_2_2_Overdue_SixtyDayWaitPastYearEnd_NoBenefitLeft()
        => Profile.Evaluate(Local().Paying("2020-11-02")).AssertRejected(RejectedReasons.NoBenefitLeft);

    [Fact]
    public void Youxi_4_2_2_Overdue_Newborn_NoWait()
    {
        var decision = Profile.Evaluate(Local("2020-05-01").Paying("2020-05-10"));
        decision.AssertBenefits("2020-05-11", "2020-12-31");
        decision.AssertCites($"{Doc} 四(二)2");
    }

    [Fact]
    public void Youxi_4_2_2_Overdue_BornPreviousYear_Waits()
        => Profile.Evaluate(Local("2019-12-31").Paying("2020-03-01")).AssertBenefits("2020-04-30", "2020-12-31");

    [Fact]
    public void Youxi_4_2_2_Overdue_MedicalAssistanceRecipient_NoWait()
    {
        Profile.Evaluate(Local().Paying("2020-03-15").With(new Circumstances { MedicalAssistance = true })).AssertBenefits("2020-03-16", "2020-12-31");
        Profile.Evaluate(Local().Paying("2020-12-31").Certified("yiliao-jiuzhu-2", "2020-12-01"))
            .AssertRejected(RejectedReasons.NoBenefitLeft);
        Profile.Evaluate(Local().Paying("2020-12-30").Certified("yiliao-jiuzhu-2", "2020-12-01")).AssertBenefits("2020-12-31", "2020-12-31");
    }

    [Fact]
    public void Youxi_4_AfterYearEnd_NotAccepted()
        => Profile.Evaluate(Local().Paying("2021-01-01")).AssertRejected(RejectedReasons.WindowClosed);

    [Theory]
    [InlineData("yiliao-jiuzhu-1", "2018-01-01")]
    [InlineData("yiliao-jiuzhu-2", "2020-05-01")]
    public void Youxi_6_2_1_MedicalAssistance_AnyCertificationDate_Waived(string code, string certified)
    {
        var decision = Profile.Evaluate(Local().Paying("2020-05-10").Certified(code, certified));
        decision.AssertFee(250_00, 0);
        decision.AssertSubsidy(code, 250_00, SubsidyMode.Waived, "医疗救助资金");
        decision.AssertCites($"{Doc} 六(二)1");
    }

    [Theory]
    [InlineData("canji")]
    [InlineData("dunv")]
    [InlineData("ernv-jiezha")]
    public void Youxi_6_2_2_CountyFunded_CertifiedBySeptember30_Waived(string code)
    {
        var decision = Profile.Evaluate(Local().Paying("2019-11-01").Certified(code, "2019-09-30"));
        decision.AssertFee(250_00, 0);
        decision.AssertSubsidy(code, 250_00, SubsidyMode.Waived, "县财政");
        decision.AssertCites($"{Doc} 六(二)2");
    }

    [Theory]
    [InlineData("canji")]
    [InlineData("dunv")]
    [InlineData("ernv-jiezha")]
    public void Youxi_6_2_2_CountyFunded_CertifiedOctober1_NotIncluded(string code)
    {
        var decision = Profile.Evaluate(Local().Paying("2019-11-01").Certified(code, "2019-10-01"));
        decision.AssertFee(250_00, 250_00);
        Assert.Null(decision.Subsidy);
        decision.AssertCites($"{Doc} 六(二)2");
    }

    [Fact]
    public void Youxi_6_2_ExemptFromJuly1_FullFeeWaived()
    {
        var decision = Profile.Evaluate(Local().Paying("2020-07-01").Certified("yiliao-jiuzhu-1"));
        decision.AssertFee(770_00, 0);
        decision.AssertSubsidy("yiliao-jiuzhu-1", 770_00, SubsidyMode.Waived, "医疗救助资金");
    }

    [Theory]
    [InlineData(RefundReason.Duplicate, true, 250_00)]
    [InlineData(RefundReason.Erroneous, true, 250_00)]
    [InlineData(RefundReason.Death, false, 0)]
    [InlineData(RefundReason.Employed, false, 0)]
    public void Youxi_Decision_DefaultRefunds(RefundReason reason, bool refundable, long amount)
    {
        var decision = Profile.Evaluate(Local().Paying("2019-10-01").Refunding(reason, "2019-10-10"));
        decision.AssertRefund(refundable, amount);
        decision.AssertCites("decision:default-refunds");
    }

    [Fact]
    public void Youxi_4_2_2_AfterYearEnd_CitesTheYearsLastDay()
        => Profile.Evaluate(Local().Paying("2021-01-01")).AssertCites($"{Doc} 四(二)2", "受理至2020年12月31日");

    [Fact]
    public void Youxi_4_2_2_Overdue_MedicalAssistanceCertifiedAfterAnotherCategory_NoWait()
        => Profile.Evaluate(Local().Paying("2020-03-15").Certified("canji", "2019-09-01").Certified("yiliao-jiuzhu-1"))
            .AssertBenefits("2020-03-16", "2020-12-31");

    [Fact]
    public void Youxi_3_2_FromJuly1_TheBasisAddsFeeAndFiscalSubsidy()
        => Profile.Evaluate(Local().Paying("2020-07-01")).AssertCites($"{Doc} 三(二)", "250元+520元=770元");

    [Fact]
    public void Youxi_7_2_FromJuly_FinanceVerifiesByApril10OfTheNextYear_AsTheBasisSays()
        => Assert.Contains("7月起于2021年4月10日前核实", Profile.ReconciliationPeriods[^1].Basis.Explanation, StringComparison.Ordinal);
}
