using ResidentMedicalInsurance.Policies.Counties.Lianyungang;
using static ResidentMedicalInsurance.Policies.Tests.TestSupport;

namespace ResidentMedicalInsurance.Policies.Tests;

/// <summary>lianyungang-2020, 连政办传〔2019〕65号 (policy-spec section 4).</summary>
public class LianyungangProfile2020Tests
{
    private const string Doc = "连政办传〔2019〕65号";
    private static readonly LianyungangProfile2020 Profile = new();

    /// <summary>The same structure with 2021 dates: a common year for the end-of-February rule.</summary>
    private sealed class Lianyungang2021() : LianyungangRules("lianyungang-2021-test", Doc, LianyungangProfile2020.Data2020 with
    {
        Year = 2021,
        WindowOpens = D("2020-09-01"),
        WindowCloses = D("2020-12-31"),
        LatePaymentsUntil = D("2021-06-30"),
    });

    [Fact]
    public void Lianyungang_1_EmployeeInsurance_NotEligible()
    {
        var decision = Profile.Evaluate((Local("1980-01-01") with { EmployeeInsurance = true }).Paying("2019-10-01"));
        decision.AssertIneligible(IneligibleReasons.EmployeeInsurance);
        decision.AssertCites($"{Doc} 一");
    }

    [Fact]
    public void Lianyungang_1_1_LocalAdult_EighteenOnDecember31_IsAdult()
    {
        var decision = Profile.Evaluate(Local("2002-12-31").Paying("2019-10-01"));
        Assert.True(decision.Eligible);
        decision.AssertCites($"{Doc} 一(一)");
    }

    [Fact]
    public void Lianyungang_1_2_LocalMinor_SeventeenOnDecember31_IsMinor()
    {
        var decision = Profile.Evaluate(Local("2003-01-01").Paying("2019-10-01"));
        Assert.True(decision.Eligible);
        decision.AssertCites($"{Doc} 一(二)");
    }

    [Fact]
    public void Lianyungang_1_2_NonlocalStudentOfLocalSchool_Eligible()
    {
        var person = Nonlocal() with { Student = new StudentStatus(LocalSchool: true, College: false, FirstEnrollment: false) };
        var decision = Profile.Evaluate(person.Paying("2019-10-01"));
        Assert.True(decision.Eligible);
        decision.AssertCites($"{Doc} 一(二)");
    }

    [Fact]
    public void Lianyungang_1_3_ResidencePermit_NotInsuredElsewhere_Eligible()
    {
        var decision = Profile.Evaluate((Nonlocal() with { ResidencePermit = true }).Paying("2019-10-01"));
        Assert.True(decision.Eligible);
        decision.AssertCites($"{Doc} 一(三)");
    }

    [Fact]
    public void Lianyungang_1_3_ResidencePermit_InsuredElsewhere_NotEligible()
    {
        var decision = Profile.Evaluate((Nonlocal() with { ResidencePermit = true, InsuredElsewhere = true }).Paying("2019-10-01"));
        decision.AssertIneligible(IneligibleReasons.NotInScope);
    }

    [Fact]
    public void Lianyungang_1_NonlocalWithoutPermitOrSchool_NotEligible()
        => Profile.Evaluate(Nonlocal().Paying("2019-10-01")).AssertIneligible(IneligibleReasons.NotInScope);

    [Fact]
    public void Lianyungang_2_1_Fee260_NoSubsidy()
    {
        var decision = Profile.Evaluate(Local().Paying("2019-10-01"));
        decision.AssertFee(260_00, 260_00);
        Assert.Null(decision.Subsidy);
        decision.AssertCites($"{Doc} 二(一)");
        Assert.Equal(65_00, Profile.Data.CriticalIllnessFen);
    }

    [Theory]
    [InlineData("dibao")]
    [InlineData("tekun")]
    [InlineData("linshi-dabing")]
    [InlineData("jingjian-60s")]
    [InlineData("youfu")]
    [InlineData("kunjing-ertong")]
    [InlineData("tekun-zhigong")]
    [InlineData("jiandang-dishouru")]
    public void Lianyungang_2_2_FullSubsidy_WaivedByFinance(string code)
    {
        var decision = Profile.Evaluate(Local().Paying("2019-10-01").Certified(code, "2019-06-01"));
        decision.AssertFee(260_00, 0);
        decision.AssertSubsidy(code, 260_00, SubsidyMode.Waived, LianyungangProfile2020.Data2020.SubsidyFundedBy);
        decision.AssertCites($"{Doc} 二(二)");
    }

    [Fact]
    public void Lianyungang_2_2_TemporaryAidMajorIllness_NonlocalHukou_NoSubsidy()
    {
        var decision = Profile.Evaluate((Nonlocal() with { ResidencePermit = true }).Paying("2019-10-01").Certified("linshi-dabing"));
        decision.AssertFee(260_00, 260_00);
        Assert.Null(decision.Subsidy);
        decision.AssertCites($"{Doc} 二(二)");
    }

    [Fact]
    public void Lianyungang_2_2_SeveralCategories_OneSubsidyNoStacking()
    {
        var decision = Profile.Evaluate(Local().Paying("2019-10-01").Certified("dibao").Certified("youfu"));
        decision.AssertFee(260_00, 0);
        decision.AssertSubsidy("dibao", 260_00, SubsidyMode.Waived, LianyungangProfile2020.Data2020.SubsidyFundedBy);
    }

    [Fact]
    public void Lianyungang_2_2_UnknownCategory_NoSubsidyAndSaysSo()
    {
        var decision = Profile.Evaluate(Local().Paying("2019-10-01").Certified("jisheng"));
        decision.AssertFee(260_00, 260_00);
        Assert.Null(decision.Subsidy);
        Assert.Contains(decision.Basis, b => b.Explanation.Contains("不在本通知的资助范围内", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2019-08-31")]
    [InlineData("2018-12-31")]
    public void Lianyungang_4_BeforeWindowOpens_NotAccepted(string paid)
    {
        var decision = Profile.Evaluate(Local().Paying(paid));
        decision.AssertRejected(RejectedReasons.WindowNotOpen);
        decision.AssertCites($"{Doc} 四");
    }

    [Theory]
    [InlineData("2019-09-01")]
    [InlineData("2019-12-31")]
    public void Lianyungang_4_ConcentratedWindow_BenefitsWholeYear(string paid)
    {
        var decision = Profile.Evaluate(Local().Paying(paid));
        decision.AssertBenefits("2020-01-01", "2020-12-31");
        decision.AssertCites($"{Doc} 四");
    }

    [Theory]
    [InlineData("2020-01-01", "2020-07-01")]
    [InlineData("2020-03-31", "2020-09-30")]
    [InlineData("2020-06-30", "2020-12-30")]
    public void Lianyungang_4_LastParagraph_JanuaryToJune_BenefitsSixMonthsAfterPayment(string paid, string start)
        => Profile.Evaluate(Local().Paying(paid)).AssertBenefits(start, "2020-12-31");

    [Theory]
    [InlineData("2020-07-01")]
    [InlineData("2020-12-31")]
    [InlineData("2021-01-01")]
    public void Lianyungang_4_LastParagraph_FromJuly_NotAccepted(string paid)
    {
        var decision = Profile.Evaluate(Local().Paying(paid));
        decision.AssertRejected(RejectedReasons.WindowClosed);
        decision.AssertCites($"{Doc} 四");
    }

    [Theory]
    [InlineData("2020-01-15", "2020-02-01")]
    [InlineData("2020-02-29", "2020-03-01")]
    public void Lianyungang_4_1_MigrantWorker_UntilEndOfFebruary_LeapYear_BenefitsNextMonth(string paid, string start)
    {
        var decision = Profile.Evaluate(Local().Paying(paid).With(new Circumstances { MigrantWorker = true }));
        decision.AssertBenefits(start, "2020-12-31");
        decision.AssertFee(260_00, 260_00);
        decision.AssertCites($"{Doc} 四(一)");
    }

    [Fact]
    public void Lianyungang_4_1_MigrantWorker_DayAfterFebruary_LateRuleApplies()
    {
        var decision = Profile.Evaluate(Local().Paying("2020-03-01").With(new Circumstances { MigrantWorker = true }));
        decision.AssertBenefits("2020-09-01", "2020-12-31");
        decision.AssertDoesNotCite($"{Doc} 四(一)");
    }

    [Fact]
    public void Lianyungang_4_1_MigrantWorker_EndOfFebruary_CommonYear()
    {
        var profile = new Lianyungang2021();
        var migrant = new Circumstances { MigrantWorker = true };
        profile.Evaluate(Local().Paying("2021-02-28").With(migrant)).AssertBenefits("2021-03-01", "2021-12-31");
        profile.Evaluate(Local().Paying("2021-03-01").With(migrant)).AssertBenefits("2021-09-01", "2021-12-31");
    }

    [Theory]
    [InlineData("2020-03-15", "2020-04-15", "2020-03-15")]
    [InlineData("2020-01-31", "2020-02-29", "2020-01-31")]
    public void Lianyungang_4_2_Newborn_WithinOneMonth_BenefitsFromBirth(string birth, string paid, string start)
    {
        var decision = Profile.Evaluate(Local(birth).Paying(paid));
        decision.AssertBenefits(start, "2020-12-31");
        decision.AssertCites($"{Doc} 四(二)");
    }

    [Theory]
    [InlineData("2020-03-15", "2020-04-16", "2020-05-16")]
    [InlineData("2020-03-15", "2020-06-15", "2020-07-15")]
    [InlineData("2020-01-31", "2020-03-01", "2020-03-31")]
    public void Lianyungang_4_2_Newborn_OneToThreeMonths_Benefits30DaysAfterPayment(string birth, string paid, string start)
        => Profile.Evaluate(Local(birth).Paying(paid)).AssertBenefits(start, "2020-12-31");

    [Theory]
    [InlineData("2020-03-15", "2020-06-16", "2020-12-16")]
    [InlineData("2020-01-10", "2020-04-11", "2020-10-11")]
    public void Lianyungang_4_2_Newborn_AfterThreeMonths_BenefitsSixMonthsAfterPayment(string birth, string paid, string start)
        => Profile.Evaluate(Local(birth).Paying(paid)).AssertBenefits(start, "2020-12-31");

    [Fact]
    public void Lianyungang_4_2_Newborn_AcceptedAfterJuly()
        => Profile.Evaluate(Local("2020-07-20").Paying("2020-08-01")).AssertBenefits("2020-07-20", "2020-12-31");

    [Fact]
    public void Lianyungang_4_2_Newborn_LatePaymentWithNoBenefitLeft_NotAccepted()
        => Profile.Evaluate(Local("2020-07-01").Paying("2020-12-01")).AssertRejected(RejectedReasons.NoBenefitLeft);

    [Theory]
    [InlineData("2020-09-10", "2020-09-11")]
    [InlineData("2020-02-01", "2020-02-02")]
    [InlineData("2019-10-01", "2020-01-01")]
    public void Lianyungang_4_3_DischargedSoldier_BenefitsDayAfterPayment_NotBeforeJanuary1(string paid, string start)
    {
        var decision = Profile.Evaluate(Local().Paying(paid).With(new Circumstances { DischargedSoldier = true }));
        decision.AssertBenefits(start, "2020-12-31");
    }

    [Fact]
    public void Lianyungang_4_3_DischargedSoldier_PaidOnDecember31_NoBenefitLeft()
        => Profile.Evaluate(Local().Paying("2020-12-31").With(new Circumstances { DischargedSoldier = true }))
            .AssertRejected(RejectedReasons.NoBenefitLeft);

    [Theory]
    [InlineData("2020-03-15", "2020-05-15", "2020-05-16")]
    [InlineData("2020-06-10", "2020-08-10", "2020-08-11")]
    public void Lianyungang_4_4_LeftEmployeeInsurance_WithinTwoMonths_BenefitsDayAfterPayment(string ended, string paid, string start)
    {
        var decision = Profile.Evaluate(Local().Paying(paid).With(new Circumstances { EmployeeInsuranceEndedOn = D(ended) }));
        decision.AssertBenefits(start, "2020-12-31");
        decision.AssertCites($"{Doc} 四(四)");
    }

    [Fact]
    public void Lianyungang_4_4_LeftEmployeeInsurance_DayAfterTwoMonths_LateRuleApplies()
    {
        var circumstances = new Circumstances { EmployeeInsuranceEndedOn = D("2020-03-15") };
        Profile.Evaluate(Local().Paying("2020-05-16").With(circumstances)).AssertBenefits("2020-11-16", "2020-12-31");
        Profile.Evaluate(Local().Paying("2020-08-11").With(circumstances with { EmployeeInsuranceEndedOn = D("2020-06-10") }))
            .AssertRejected(RejectedReasons.WindowClosed);
    }

    [Fact]
    public void Lianyungang_4_5_CollegeFreshman_BenefitsFromSeptember1()
    {
        var decision = Profile.Evaluate(Local().Paying("2019-09-10").With(new Circumstances { CollegeFreshman = true }));
        decision.AssertBenefits("2019-09-01", "2020-12-31");
        decision.AssertCites($"{Doc} 四(五)");
    }

    [Fact]
    public void Lianyungang_4_5_CollegeFreshman_BeforeWindow_NotAccepted()
        => Profile.Evaluate(Local().Paying("2019-08-31").With(new Circumstances { CollegeFreshman = true }))
            .AssertRejected(RejectedReasons.WindowNotOpen);

    [Theory]
    [InlineData(RefundReason.Death)]
    [InlineData(RefundReason.MovedOut)]
    [InlineData(RefundReason.Employed)]
    public void Lianyungang_6_3_PaidInWindow_EventBeforeBenefits_IndividualPaymentRefunded(RefundReason reason)
    {
        var decision = Profile.Evaluate(Local().Paying("2019-10-01").Refunding(reason, "2019-12-31"));
        decision.AssertRefund(true, 260_00);
        decision.AssertCites($"{Doc} 六(三)");
    }

    [Fact]
    public void Lianyungang_6_3_EventOnFirstBenefitDay_NotRefundable()
        => Profile.Evaluate(Local().Paying("2019-10-01").Refunding(RefundReason.Death, "2020-01-01")).AssertRefund(false, 0);

    [Fact]
    public void Lianyungang_6_3_PaidAfterWindow_NotRefundable()
        => Profile.Evaluate(Local().Paying("2020-02-01").Refunding(RefundReason.Death, "2020-03-01")).AssertRefund(false, 0);

    [Fact]
    public void Lianyungang_6_3_Subsidised_RefundsOnlyWhatWasPaid()
        => Profile.Evaluate(Local().Paying("2019-10-01").Certified("dibao").Refunding(RefundReason.MovedOut, "2019-11-01"))
            .AssertRefund(true, 0);

    [Theory]
    [InlineData(RefundReason.Erroneous)]
    [InlineData(RefundReason.Duplicate)]
    public void Lianyungang_6_3_ErroneousOrDuplicate_RefundedInFull(RefundReason reason)
    {
        Profile.Evaluate(Local().Paying("2020-03-01").Refunding(reason, "2020-09-01")).AssertRefund(true, 260_00);
        // Taken although the payment did not count (window closed): what was taken goes back.
        Profile.Evaluate(Local().Paying("2020-07-05").Refunding(reason, "2020-07-06")).AssertRefund(true, 260_00);
    }

    [Theory]
    [InlineData(RefundReason.Conscripted)]
    [InlineData(RefundReason.Imprisoned)]
    [InlineData(RefundReason.JoinedEmployeeInsurance)]
    [InlineData(RefundReason.WrongLocation)]
    public void Lianyungang_6_3_OtherReasons_NotRefundable(RefundReason reason)
    {
        var decision = Profile.Evaluate(Local().Paying("2019-10-01").Refunding(reason, "2019-11-01"));
        decision.AssertRefund(false, 0);
        decision.AssertCites($"{Doc} 六(三)");
    }

    [Fact]
    public void Section3_NoRefundAsked_NoRefundDecision()
        => Assert.Null(Profile.Evaluate(Local().Paying("2019-10-01")).Refund);

    [Fact]
    public void Section3_NoPaymentDate_NotAccepted()
        => Profile.Evaluate(new PolicyCase { Person = Local() }).AssertRejected(RejectedReasons.NoPaymentDate);

    // 六(三) "集中缴费期内缴费": both ends of the window (2019-09-01, 2019-12-31) are inside it.
    [Fact]
    public void Lianyungang_6_3_PaidOnTheWindowsFirstDay_EventBeforeBenefits_Refunded()
    {
        var decision = Profile.Evaluate(Local().Paying("2019-09-01").Refunding(RefundReason.Death, "2019-10-01"));
        decision.AssertRefund(true, 260_00);
        decision.AssertCites($"{Doc} 六(三)", "可申请退还个人缴费部分");
    }

    [Fact]
    public void Lianyungang_6_3_PaidOnTheWindowsLastDay_EventBeforeBenefits_Refunded()
        => Profile.Evaluate(Local().Paying("2019-12-31").Refunding(RefundReason.MovedOut, "2019-12-31")).AssertRefund(true, 260_00);

    [Fact]
    public void Lianyungang_6_3_PaidAfterWindow_CitesTheRefundCondition()
    {
        var decision = Profile.Evaluate(Local().Paying("2020-02-01").Refunding(RefundReason.Death, "2020-03-01"));
        decision.AssertRefund(false, 0);
        decision.AssertCites($"{Doc} 六(三)", "才能退还个人缴费");
    }

    [Fact]
    public void Lianyungang_6_3_Erroneous_CitesTheErroneousPaymentClause()
        => Profile.Evaluate(Local().Paying("2020-03-01").Refunding(RefundReason.Erroneous, "2020-03-02")).AssertCites($"{Doc} 六(三)", "误收误缴");

    // 四(三) and 四(四) both start the day after payment: the earliest start wins, and on a tie the clause found first stays.
    [Fact]
    public void Lianyungang_4_SoldierAndEmployeeGap_SameStart_KeepsTheSoldierClause()
    {
        var decision = Profile.Evaluate(Local().Paying("2020-03-01")
            .With(new Circumstances { DischargedSoldier = true, EmployeeInsuranceEndedOn = D("2020-02-01") }));
        decision.AssertBenefits("2020-03-02", "2020-12-31");
        decision.AssertCites($"{Doc} 四(三)");
        decision.AssertDoesNotCite($"{Doc} 四(四)");
    }

    [Fact]
    public void Lianyungang_4_5_CollegeFreshman_BenefitsFromSeptember1OfThePreviousYear_AsTheBasisSays()
    {
        var decision = Profile.Evaluate(Local().Paying("2019-10-01").With(new Circumstances { CollegeFreshman = true }));
        decision.AssertBenefits("2019-09-01", "2020-12-31");
        decision.AssertCites($"{Doc} 四(五)", "自2019年9月1日至2020年12月31日");
    }

    [Fact]
    public void Lianyungang_6_1_WindowPeriod_FinanceRemitsByDecemberOfThePreviousYear()
    {
        var window = Profile.ReconciliationPeriods[0];
        Assert.Equal(D("2019-12-31"), window.FinanceBy);
        Assert.Contains("2019年12月底之前", window.Basis.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Section3_NoPaymentDate_SaysWhatIsMissing()
        => Profile.Evaluate(new PolicyCase { Person = Local() }).AssertCites(Doc, "未提供缴费日期");
}
