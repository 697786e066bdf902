using ResidentMedicalInsurance.Policies.Counties.Haimen;
using static ResidentMedicalInsurance.Policies.Tests.TestSupport;

namespace ResidentMedicalInsurance.Policies.Tests;

/// <summary>haimen-2020 (policy-spec section 6).</summary>
public class HaimenProfile2020Tests
{
    private const string Doc = "海门市 2020 年度居民医保通知";
    private static readonly HaimenProfile2020 Profile = new();

    [Fact]
    public void Haimen_1_1_LocalHukou_Eligible()
    {
        var decision = Profile.Evaluate(Local().Paying("2019-10-01"));
        Assert.True(decision.Eligible);
        decision.AssertCites($"{Doc} 一(一)");
    }

    [Fact]
    public void Haimen_1_1_LocalHukou_EmployeeInsurance_NotEligible()
    {
        var decision = Profile.Evaluate((Local() with { EmployeeInsurance = true }).Paying("2019-10-01"));
        decision.AssertIneligible(IneligibleReasons.EmployeeInsurance);
        decision.AssertCites($"{Doc} 一(一)");
    }

    [Fact]
    public void Haimen_1_2_NonlocalStudentOfLocalSchoolOrKindergarten_Eligible()
    {
        var person = Nonlocal() with { Student = new StudentStatus(true, false, false) };
        var decision = Profile.Evaluate(person.Paying("2019-10-01"));
        Assert.True(decision.Eligible);
        decision.AssertCites($"{Doc} 一(二)");
    }

    [Fact]
    public void Haimen_1_2_NonlocalStudent_InsuredAtHukouPlace_NotEligible()
    {
        var person = Nonlocal() with { Student = new StudentStatus(true, false, false), InsuredElsewhere = true };
        Profile.Evaluate(person.Paying("2019-10-01")).AssertIneligible(IneligibleReasons.NotInScope);
    }

    [Fact]
    public void Haimen_1_NonlocalNonStudent_NotEligible()
        => Profile.Evaluate((Nonlocal() with { ResidencePermit = true }).Paying("2019-10-01")).AssertIneligible(IneligibleReasons.NotInScope);

    [Fact]
    public void Haimen_2_Fee360_IncludesCriticalIllnessAndCare()
    {
        var decision = Profile.Evaluate(Local().Paying("2019-10-01"));
        decision.AssertFee(360_00, 360_00);
        decision.AssertCites($"{Doc} 二");
        var data = Profile.Data;
        Assert.Equal(330_00, data.FeeFen - data.CriticalIllnessFen - data.LongTermCareFen);
        Assert.Equal(840_00, data.PerCapitaFundingFen - data.FeeFen);
    }

    [Theory]
    [InlineData("dibao-family", "民政局")]
    [InlineData("tekun-zhigong-family", "总工会")]
    [InlineData("wubao", "民政局")]
    [InlineData("sanwu", "民政局")]
    [InlineData("youfu", "退役军人事务局")]
    [InlineData("jingjian-60s", "民政局")]
    [InlineData("zhongcan", "残联")]
    [InlineData("lao-dangyuan", "组织部")]
    [InlineData("jiandang-dishouru", "扶贫办")]
    [InlineData("linshi-dabing", "民政局")]
    [InlineData("qita-teshu", "民政局、卫健委")]
    public void Haimen_7_ExemptCategories_FullSubsidyWaivedByCityFinance(string code, string department)
    {
        var decision = Profile.Evaluate(Local().Paying("2019-10-01").Certified(code, "2019-12-15"));
        decision.AssertFee(360_00, 0);
        decision.AssertSubsidy(code, 360_00, SubsidyMode.Waived, "市财政");
        decision.AssertCites($"{Doc} 七");
        Assert.Equal(department, Profile.Categories.Single(c => c.Code == code).Department);
    }

    [Fact]
    public void Haimen_7_ExemptRegisteredAfterDecember15_NoSubsidyThisYear()
    {
        var decision = Profile.Evaluate(Local().Paying("2019-12-18").Certified("wubao", "2019-12-16"));
        decision.AssertFee(360_00, 360_00);
        Assert.Null(decision.Subsidy);
        decision.AssertCites($"{Doc} 七");
    }

    [Fact]
    public void Haimen_Decision_WindowStart_BeforeSeptember1_NotAccepted()
    {
        var decision = Profile.Evaluate(Local().Paying("2019-08-31"));
        decision.AssertRejected(RejectedReasons.WindowNotOpen);
        decision.AssertCites("decision:haimen-window-start");
    }

    [Theory]
    [InlineData("2019-09-01")]
    [InlineData("2019-12-20")]
    public void Haimen_3_PaidByDecember20_BenefitsWholeYear(string paid)
    {
        var decision = Profile.Evaluate(Local().Paying(paid));
        decision.AssertBenefits("2020-01-01", "2020-12-31");
        decision.AssertCites($"{Doc} 三");
        decision.AssertCites("decision:haimen-window-start");
    }

    [Theory]
    [InlineData("2019-12-21")]
    [InlineData("2019-12-31")]
    public void Haimen_9_December21To31_NotAccepted_PayFromJanuary1(string paid)
    {
        var decision = Profile.Evaluate(Local().Paying(paid));
        decision.AssertRejected(RejectedReasons.WindowClosed);
        decision.AssertCites($"{Doc} 九");
    }

    [Theory]
    [InlineData("2020-01-01", "2020-07-01")]
    [InlineData("2020-03-31", "2020-09-30")]
    [InlineData("2020-06-30", "2020-12-30")]
    public void Haimen_9_LatePayer_SixMonthTransition(string paid, string start)
    {
        var decision = Profile.Evaluate(Local().Paying(paid));
        decision.AssertBenefits(start, "2020-12-31");
        decision.AssertCites($"{Doc} 九");
    }

    [Fact]
    public void Haimen_9_LatePayer_TransitionBeyondYearEnd_NoBenefitLeft()
        => Profile.Evaluate(Local().Paying("2020-07-01")).AssertRejected(RejectedReasons.NoBenefitLeft);

    [Theory]
    [InlineData("2020-01-01")]
    [InlineData("2020-03-31")]
    public void Haimen_Decision_ContinuousNoGap_TwoYearsPaidByMarch31_BenefitsFromJanuary1(string paid)
    {
        var decision = Profile.Evaluate(Local().Paying(paid).With(new Circumstances { ContinuousPriorYears = 2 }));
        decision.AssertBenefits("2020-01-01", "2020-12-31");
        decision.AssertCites("decision:haimen-continuous-no-gap");
        decision.AssertCites($"{Doc} 九");
    }

    [Fact]
    public void Haimen_9_ContinuousPayer_April1_SixMonthTransition()
        => Profile.Evaluate(Local().Paying("2020-04-01").With(new Circumstances { ContinuousPriorYears = 5 })).AssertBenefits("2020-10-01", "2020-12-31");

    [Fact]
    public void Haimen_9_OnlyOnePriorYear_SixMonthTransition()
        => Profile.Evaluate(Local().Paying("2020-02-01").With(new Circumstances { ContinuousPriorYears = 1 })).AssertBenefits("2020-08-01", "2020-12-31");

    [Fact]
    public void Haimen_9_AfterYearEnd_NotAccepted()
        => Profile.Evaluate(Local().Paying("2021-01-01")).AssertRejected(RejectedReasons.WindowClosed);

    [Theory]
    [InlineData(RefundReason.Duplicate)]
    [InlineData(RefundReason.Erroneous)]
    public void Haimen_Decision_DefaultRefunds_ErroneousOrDuplicate_RefundedInFull(RefundReason reason)
    {
        var decision = Profile.Evaluate(Local().Paying("2019-10-01").Refunding(reason, "2019-10-05"));
        decision.AssertRefund(true, 360_00);
        decision.AssertCites("decision:default-refunds");
    }

    [Theory]
    [InlineData(RefundReason.Death)]
    [InlineData(RefundReason.MovedOut)]
    [InlineData(RefundReason.WrongLocation)]
    public void Haimen_Decision_DefaultRefunds_OtherReasons_NotRefundable(RefundReason reason)
        => Profile.Evaluate(Local().Paying("2019-10-01").Refunding(reason, "2019-10-05")).AssertRefund(false, 0);

    // Year end (policy-spec: accepted until Y-12-31): a payment on the last day still counts for the year, and
    // its six-month transition leaves no benefit; the next day is refused with the closing clause.
    [Fact]
    public void Haimen_9_PaidOnDecember31_CountsForTheYear_NoBenefitLeft()
    {
        var decision = Profile.Evaluate(Local().Paying("2020-12-31"));
        decision.AssertRejected(RejectedReasons.NoBenefitLeft);
        decision.AssertCites(Doc, "已无待遇期");
    }

    [Fact]
    public void Haimen_9_AfterYearEnd_CitesTheYearsLastDay()
        => Profile.Evaluate(Local().Paying("2021-01-01")).AssertCites($"{Doc} 九", "受理至2020年12月31日");

    [Fact]
    public void Haimen_9_ContinuousPayers_AreThoseOfTheTwoPreviousYears()
        => Profile.Evaluate(Local().Paying("2020-01-01").With(new Circumstances { ContinuousPriorYears = 2 }))
            .AssertCites($"{Doc} 九", "2018、2019两个年度");
}
