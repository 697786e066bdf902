using ResidentMedicalInsurance.Policies.Counties.Lianyungang;
using ResidentMedicalInsurance.Policies.Households;
using static ResidentMedicalInsurance.Policies.Tests.TestSupport;

namespace ResidentMedicalInsurance.Policies.Tests;

/// <summary>lianyungang-2008, 连政办发〔2007〕149号 (policy-spec section 5).</summary>
public class LianyungangProfile2008Tests
{
    private const string Doc = "连政办发〔2007〕149号";
    private static readonly LianyungangProfile2008 Profile = new();

    /// <summary>The same year with a card fee entered by the office.</summary>
    private sealed class WithCardFee() : LianyungangUrbanRules("lianyungang-2008-cardfee", Doc, LianyungangProfile2008.Data2008 with { CardFeeFen = 5_00 });

    [Fact]
    public void Lianyungang2008_Article2_LocalUrbanResident_Eligible()
    {
        var decision = Profile.Evaluate(Local().Paying("2007-10-01"));
        Assert.True(decision.Eligible);
        decision.AssertCites($"{Doc} 第二条");
    }

    [Fact]
    public void Lianyungang2008_Article2_EmployeeInsurance_NotEligible()
        => Profile.Evaluate((Local() with { EmployeeInsurance = true }).Paying("2007-10-01")).AssertIneligible(IneligibleReasons.EmployeeInsurance);

    [Fact]
    public void Lianyungang2008_Article2_RuralCooperative_NotEligible()
    {
        var decision = Profile.Evaluate((Local() with { RuralCooperative = true }).Paying("2007-10-01"));
        decision.AssertIneligible(IneligibleReasons.RuralCooperative);
        decision.AssertCites($"{Doc} 第二条");
    }

    [Fact]
    public void Lianyungang2008_Article2_NonlocalHukou_NotEligible()
        => Profile.Evaluate((Nonlocal() with { ResidencePermit = true }).Paying("2007-10-01")).AssertIneligible(IneligibleReasons.NotInScope);

    [Fact]
    public void Lianyungang2008_Article8_GeneralResident_Fee120()
    {
        var decision = Profile.Evaluate(Local().Paying("2007-10-01"));
        decision.AssertFee(120_00, 120_00);
        Assert.Null(decision.Subsidy);
        decision.AssertCites($"{Doc} 第八条");
    }

    [Theory]
    [InlineData("dibao")]
    [InlineData("tekun")]
    [InlineData("zhongcan")]
    public void Lianyungang2008_Article8_ReducedGroups_Pay60_DifferenceWaived(string code)
    {
        var decision = Profile.Evaluate(Local().Paying("2007-10-01").Certified(code));
        decision.AssertFee(120_00, 60_00);
        decision.AssertSubsidy(code, 60_00, SubsidyMode.Waived, "市、区财政");
    }

    [Fact]
    public void Lianyungang2008_Article6_CardFee_ChargedToGeneralResidents_WaivedForReducedGroups()
    {
        var profile = new WithCardFee();
        Assert.Equal(5_00, profile.Evaluate(Local().Paying("2007-10-01")).CardFee);
        Assert.Equal(0, profile.Evaluate(Local().Paying("2007-10-01").Certified("zhongcan")).CardFee);
    }

    [Fact]
    public void Lianyungang2008_Article7_PersonalAccount50PerYear()
        => Assert.Equal(50_00, Profile.Data.PersonalAccountFen);

    [Fact]
    public void Lianyungang2008_Article6_BeforeSeptember1_NotAccepted()
    {
        var decision = Profile.Evaluate(Local().Paying("2007-08-31"));
        decision.AssertRejected(RejectedReasons.WindowNotOpen);
        decision.AssertCites($"{Doc} 第六条");
    }

    [Theory]
    [InlineData("2007-09-01")]
    [InlineData("2007-09-20")]
    public void Lianyungang2008_Article7_PaidBySeptember20_BenefitsFromLaunchOctober1(string paid)
    {
        var decision = Profile.Evaluate(Local().Paying(paid));
        decision.AssertBenefits("2007-10-01", "2008-12-31");
        decision.AssertCites($"{Doc} 第七条");
    }

    [Theory]
    [InlineData("2007-09-21")]
    [InlineData("2007-12-10")]
    public void Lianyungang2008_Article7_PaidSeptember21ToDecember10_BenefitsFrom2008(string paid)
    {
        var decision = Profile.Evaluate(Local().Paying(paid));
        decision.AssertBenefits("2008-01-01", "2008-12-31");
        decision.AssertCites($"{Doc} 第七条");
    }

    [Theory]
    [InlineData("2007-12-11")]
    [InlineData("2008-01-01")]
    public void Lianyungang2008_Article6_AfterDecember10_NotAcceptedFor2008(string paid)
    {
        var decision = Profile.Evaluate(Local().Paying(paid));
        decision.AssertRejected(RejectedReasons.WindowClosed);
        decision.AssertCites($"{Doc} 第六条");
    }

    [Theory]
    [InlineData(RefundReason.MovedOut)]
    [InlineData(RefundReason.Death)]
    public void Lianyungang2008_Article11_MovedOutOrDeath_PremiumNotRefunded(RefundReason reason)
    {
        var decision = Profile.Evaluate(Local().Paying("2007-10-01").Refunding(reason, "2008-03-01"));
        decision.AssertRefund(false, 0);
        decision.AssertCites($"{Doc} 第十一条");
    }

    [Fact]
    public void Lianyungang2008_DefaultRefunds_ErroneousPayment_RefundedInFull()
    {
        var decision = Profile.Evaluate(Local().Paying("2007-10-01").Refunding(RefundReason.Erroneous, "2007-10-02"));
        decision.AssertRefund(true, 120_00);
        decision.AssertCites("decision:default-refunds");
    }

    [Fact]
    public void Lianyungang2008_Article11_OtherReasons_NotRefunded()
        => Profile.Evaluate(Local().Paying("2007-10-01").Refunding(RefundReason.Employed, "2008-03-01")).AssertRefund(false, 0);

    [Fact]
    public void Lianyungang2008_Article2_Household_MissingEligibleMember_NamedInMessage()
    {
        var check = HouseholdRule.Check(
        [
            new HouseholdMember("王建国", Eligible: true, Deferring: false, Registered: true),
            new HouseholdMember("李秀英", Eligible: true, Deferring: false, Registered: false),
        ]);
        Assert.False(check.Complete);
        var missing = Assert.Single(check.Missing);
        Assert.Equal("李秀英", missing.Name);
        Assert.Contains("李秀英", missing.Message, StringComparison.Ordinal);
        Assert.Contains("同时参保", missing.Message, StringComparison.Ordinal);
        Assert.Equal($"{Doc} 第二条", check.Basis.Citation);
    }

    [Fact]
    public void Lianyungang2008_Article2_Household_DeferringChildOfCityStaff_MayStayOut()
    {
        var check = HouseholdRule.Check(
        [
            new HouseholdMember("王建国", true, false, true),
            new HouseholdMember("王小明", true, Deferring: true, Registered: false),
        ]);
        Assert.True(check.Complete);
        Assert.Empty(check.Missing);
    }

    [Fact]
    public void Lianyungang2008_Article2_Household_IneligibleMember_MayStayOut()
    {
        // e.g. covered by employee insurance or the rural cooperative scheme.
        var check = HouseholdRule.Check(
        [
            new HouseholdMember("王建国", true, false, true),
            new HouseholdMember("王大伟", Eligible: false, Deferring: false, Registered: false),
        ]);
        Assert.True(check.Complete);
    }

    [Fact]
    public void Lianyungang2008_Article2_Household_AppliesOnlyTo2008Profile()
    {
        Assert.True(HouseholdRule.AppliesTo(Profile));
        Assert.False(HouseholdRule.AppliesTo(new LianyungangProfile2020()));
    }

    [Fact]
    public void Lianyungang2008_Article2_EmployeeInsurance_CitesArticle2()
        => Profile.Evaluate((Local() with { EmployeeInsurance = true }).Paying("2007-10-01")).AssertCites($"{Doc} 第二条", "已参加城镇职工");

    [Theory]
    [InlineData(RefundReason.Conscripted)]
    [InlineData(RefundReason.Employed)]
    public void Lianyungang2008_Article11_OtherReasons_NotRefunded_CitesArticle11(RefundReason reason)
    {
        var decision = Profile.Evaluate(Local().Paying("2007-10-01").Refunding(reason, "2007-11-01"));
        decision.AssertRefund(false, 0);
        decision.AssertCites($"{Doc} 第十一条", "不属于退费情形");
    }
}
