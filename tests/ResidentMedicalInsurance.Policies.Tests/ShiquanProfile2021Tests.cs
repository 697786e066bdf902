using ResidentMedicalInsurance.Policies.Counties.Shiquan;
using static ResidentMedicalInsurance.Policies.Tests.TestSupport;

namespace ResidentMedicalInsurance.Policies.Tests;

/// <summary>shiquan-2021, 石政办函〔2020〕47号 (policy-spec section 7).</summary>
public class ShiquanProfile2021Tests
{
    private const string Doc = "石政办函〔2020〕47号";
    private static readonly ShiquanProfile2021 Profile = new();

    [Fact]
    public void Shiquan_1_OneSchemeOnly_EmployeeInsurance_NotEligible()
    {
        var decision = Profile.Evaluate((Local() with { EmployeeInsurance = true }).Paying("2020-10-01"));
        decision.AssertIneligible(IneligibleReasons.EmployeeInsurance);
        decision.AssertCites($"{Doc} 一");
    }

    [Fact]
    public void Shiquan_6_1_2_LocalHukou_Eligible()
        => Profile.Evaluate(Local().Paying("2020-10-01")).AssertCites($"{Doc} 六(一)2");

    [Fact]
    public void Shiquan_2_ResidencePermit_IncludingHongKongMacaoTaiwan_Eligible()
    {
        var decision = Profile.Evaluate((Nonlocal() with { ResidencePermit = true, HkMacaoTaiwan = true }).Paying("2020-10-01"));
        Assert.True(decision.Eligible);
        decision.AssertCites($"{Doc} 二");
    }

    [Fact]
    public void Shiquan_1_3_1_StudentOfLocalSchool_Eligible()
    {
        var decision = Profile.Evaluate((Nonlocal() with { Student = new StudentStatus(true, true, true) }).Paying("2020-10-01"));
        Assert.True(decision.Eligible);
        decision.AssertCites($"{Doc} 一(三)1");
    }

    [Fact]
    public void Shiquan_6_1_2_NoHukouPermitOrSchool_NotEligible()
        => Profile.Evaluate(Nonlocal().Paying("2020-10-01")).AssertIneligible(IneligibleReasons.NotInScope);

    [Fact]
    public void Shiquan_2_Fee280()
    {
        var decision = Profile.Evaluate(Local().Paying("2020-10-01"));
        decision.AssertFee(280_00, 280_00);
        decision.AssertCites($"{Doc} 二");
    }

    public static TheoryData<Circumstances> SpecialGroups() => new()
    {
        new Circumstances { DischargedSoldier = true },
        new Circumstances { ReturningGraduate = true },
        new Circumstances { ReleasedPrisoner = true },
        new Circumstances { LostContact = true },
    };

    [Theory]
    [MemberData(nameof(SpecialGroups))]
    public void Shiquan_2_1_1_SpecialGroups_PaidByJune30_Fee280(Circumstances group)
    {
        var decision = Profile.Evaluate(Local().Paying("2021-06-30").With(group));
        decision.AssertFee(280_00, 280_00);
        decision.AssertCites($"{Doc} 二(一)1");
    }

    [Theory]
    [MemberData(nameof(SpecialGroups))]
    public void Shiquan_2_1_2_SpecialGroups_FromJuly1_Fee830(Circumstances group)
    {
        var decision = Profile.Evaluate(Local().Paying("2021-07-01").With(group));
        decision.AssertFee(830_00, 830_00);
        decision.AssertCites($"{Doc} 二(一)2");
    }

    [Fact]
    public void Shiquan_2_OrdinaryResident_FromJuly1_StillFee280()
        => Profile.Evaluate(Local().Paying("2021-07-01")).AssertFee(280_00, 280_00);

    [Fact]
    public void Shiquan_1_BeforeSeptember1_NotAccepted()
        => Profile.Evaluate(Local().Paying("2020-08-31")).AssertRejected(RejectedReasons.WindowNotOpen);

    [Theory]
    [InlineData("2020-09-01")]
    [InlineData("2020-12-31")]
    public void Shiquan_1_ConcentratedWindow_BenefitsWholeYear(string paid)
    {
        var decision = Profile.Evaluate(Local().Paying(paid));
        decision.AssertBenefits("2021-01-01", "2021-12-31");
        decision.AssertCites($"{Doc} 一");
    }

    [Theory]
    [InlineData("2021-01-01", "2021-02-01")]
    [InlineData("2021-01-31", "2021-02-01")]
    [InlineData("2021-02-01", "2021-03-01")]
    [InlineData("2021-11-30", "2021-12-01")]
    public void Shiquan_1_4_OutsideWindow_BenefitsFromNextMonth(string paid, string start)
    {
        var decision = Profile.Evaluate(Local().Paying(paid));
        decision.AssertBenefits(start, "2021-12-31");
        decision.AssertCites($"{Doc} 一(四)");
    }

    [Fact]
    public void Shiquan_1_4_PaidInDecember_NoBenefitLeft()
        => Profile.Evaluate(Local().Paying("2021-12-01")).AssertRejected(RejectedReasons.NoBenefitLeft);

    [Fact]
    public void Shiquan_1_AfterYearEnd_NotAccepted()
        => Profile.Evaluate(Local().Paying("2022-01-01")).AssertRejected(RejectedReasons.WindowClosed);

    [Theory]
    [InlineData("2021-03-01", "2021-03-01")]
    [InlineData("2021-03-01", "2021-05-30")]
    public void Shiquan_1_2_1_Newborn_RegisteredWithin90Days_FreeFromBirth(string birth, string paid)
    {
        var decision = Profile.Evaluate(Local(birth).Paying(paid).Certified("dibao", "2020-08-01"));
        decision.AssertBenefits(birth, "2021-12-31");
        decision.AssertFee(0, 0);
        Assert.Null(decision.Subsidy);
        decision.AssertCites($"{Doc} 一(二)1");
    }

    [Fact]
    public void Shiquan_Decision_LateNewborn_Day91_TreatedAsOtherPersons()
    {
        var decision = Profile.Evaluate(Local("2021-03-01").Paying("2021-05-31"));
        decision.AssertBenefits("2021-06-01", "2021-12-31");
        decision.AssertFee(280_00, 280_00);
        decision.AssertCites("decision:shiquan-late-newborn");
    }

    [Theory]
    [InlineData("2021-01-01")]
    [InlineData("2021-03-31")]
    public void Shiquan_1_2_2_BornPreviousYear_PaidByMarch31_BenefitsFromJanuary1(string paid)
    {
        var decision = Profile.Evaluate(Local("2020-11-20").Paying(paid));
        decision.AssertBenefits("2021-01-01", "2021-12-31");
        decision.AssertCites($"{Doc} 一(二)2");
    }

    [Fact]
    public void Shiquan_1_2_2_BornPreviousYear_PaidApril1_BenefitsFromNextMonth()
        => Profile.Evaluate(Local("2020-11-20").Paying("2021-04-01")).AssertBenefits("2021-05-01", "2021-12-31");

    [Theory]
    [InlineData("2021-04-15", "2021-05-01")]
    [InlineData("2021-04-30", "2021-05-01")]
    [InlineData("2020-11-10", "2021-01-01")]
    public void Shiquan_1_1_1_PovertyHouseholdLeavingEmployeeInsurance_BenefitsMonthAfterEnd(string ended, string start)
    {
        var decision = Profile.Evaluate(Local().Paying("2021-06-20").Certified("jiandang", "2020-05-01")
            .With(new Circumstances { EmployeeInsuranceEndedOn = D(ended) }));
        decision.AssertBenefits(start, "2021-12-31");
        decision.AssertCites($"{Doc} 一(一)1");
    }

    [Fact]
    public void Shiquan_1_1_1_NotPovertyHousehold_LeavingEmployeeInsurance_OrdinaryRule()
        => Profile.Evaluate(Local().Paying("2021-06-20").With(new Circumstances { EmployeeInsuranceEndedOn = D("2021-04-15") }))
            .AssertBenefits("2021-07-01", "2021-12-31");

    [Fact]
    public void Shiquan_1_1_2_NewPovertyRegistration_BenefitsMonthAfterConfirmation()
    {
        var decision = Profile.Evaluate(Local().Paying("2021-05-20").With(new Circumstances { PovertyConfirmedOn = D("2021-04-10") }));
        decision.AssertBenefits("2021-05-01", "2021-12-31");
        decision.AssertCites($"{Doc} 一(一)2");
    }

    [Theory]
    [InlineData("2020-09-15")]
    [InlineData("2021-03-10")]
    public void Shiquan_1_3_1_CollegeFreshman_BenefitsFromPaymentDate(string paid)
    {
        var decision = Profile.Evaluate((Nonlocal() with { Student = new StudentStatus(true, true, true) }).Paying(paid)
            .With(new Circumstances { CollegeFreshman = true }));
        decision.AssertBenefits(paid, "2021-12-31");
        decision.AssertCites($"{Doc} 一(三)1");
    }

    [Fact]
    public void Shiquan_3_1_PovertyHousehold_70Reimbursed_ResidentPaysFullFee()
    {
        var decision = Profile.Evaluate(Local().Paying("2020-10-01").Certified("jiandang", "2020-08-31"));
        decision.AssertFee(280_00, 280_00);
        decision.AssertSubsidy("jiandang", 70_00, SubsidyMode.Reimbursed, "财政");
        decision.AssertCites($"{Doc} 三(一)");
        decision.AssertCites($"{Doc} 五(二)");
    }

    [Fact]
    public void Shiquan_3_2_Tekun_FullSubsidyWaived_PaidInBulk()
    {
        var decision = Profile.Evaluate(Local().Paying("2020-10-01").Certified("tekun", "2020-01-01"));
        decision.AssertFee(280_00, 0);
        decision.AssertSubsidy("tekun", 280_00, SubsidyMode.Waived, "医疗救助资金");
        decision.AssertCites($"{Doc} 三(二)");
        decision.AssertCites($"{Doc} 五(一)");
    }

    [Fact]
    public void Shiquan_3_3_Dibao_120Reimbursed()
    {
        var decision = Profile.Evaluate(Local().Paying("2020-10-01").Certified("dibao", "2020-01-01"));
        decision.AssertFee(280_00, 280_00);
        decision.AssertSubsidy("dibao", 120_00, SubsidyMode.Reimbursed, "医疗救助资金");
        decision.AssertCites($"{Doc} 三(三)");
    }

    [Fact]
    public void Shiquan_3_4_Youfu_FullSubsidyWaived()
    {
        var decision = Profile.Evaluate(Local().Paying("2020-10-01").Certified("youfu", "2020-01-01"));
        decision.AssertFee(280_00, 0);
        decision.AssertSubsidy("youfu", 280_00, SubsidyMode.Waived, "退役军人事务局");
        decision.AssertCites($"{Doc} 三(四)");
    }

    [Fact]
    public void Shiquan_3_5_Jisheng_30Reimbursed()
    {
        var decision = Profile.Evaluate(Local().Paying("2020-10-01").Certified("jisheng", "2020-01-01"));
        decision.AssertFee(280_00, 280_00);
        decision.AssertSubsidy("jisheng", 30_00, SubsidyMode.Reimbursed, "卫健局");
        decision.AssertCites($"{Doc} 三(五)");
    }

    [Fact]
    public void Shiquan_3_6_SeveralCategories_HighestOnly()
    {
        var decision = Profile.Evaluate(Local().Paying("2020-10-01").Certified("jiandang", "2020-01-01").Certified("dibao", "2020-01-01").Certified("jisheng", "2020-01-01"));
        decision.AssertSubsidy("dibao", 120_00, SubsidyMode.Reimbursed, "医疗救助资金");
        decision.AssertCites($"{Doc} 三(六)");

        var full = Profile.Evaluate(Local().Paying("2020-10-01").Certified("jisheng", "2020-01-01").Certified("tekun", "2020-01-01"));
        full.AssertSubsidy("tekun", 280_00, SubsidyMode.Waived, "医疗救助资金");
        full.AssertFee(280_00, 0);
    }

    [Fact]
    public void Shiquan_3_7_CertifiedAfterAugust31_CountsNextYear()
    {
        var decision = Profile.Evaluate(Local().Paying("2020-10-01").Certified("tekun", "2020-09-01"));
        decision.AssertFee(280_00, 280_00);
        Assert.Null(decision.Subsidy);
        decision.AssertCites($"{Doc} 三(七)");
    }

    [Fact]
    public void Shiquan_2_1_2_LateDischargedSoldierWithFullSubsidy_830Waived()
    {
        var decision = Profile.Evaluate(Local().Paying("2021-07-01").Certified("youfu", "2020-08-31").With(new Circumstances { DischargedSoldier = true }));
        decision.AssertFee(830_00, 0);
        decision.AssertSubsidy("youfu", 830_00, SubsidyMode.Waived, "退役军人事务局");
    }

    [Fact]
    public void Shiquan_6_3_BenefitsAlreadyUsed_NotRefundable()
    {
        var decision = Profile.Evaluate(Local().Paying("2020-10-01").Refunding(RefundReason.Duplicate, "2021-03-01", benefitsUsed: true));
        decision.AssertRefund(false, 0);
        decision.AssertCites($"{Doc} 六(三)");
    }

    [Theory]
    [InlineData(RefundReason.Conscripted)]
    [InlineData(RefundReason.JoinedEmployeeInsurance)]
    [InlineData(RefundReason.Imprisoned)]
    [InlineData(RefundReason.Death)]
    public void Shiquan_6_3_StatusEnds_NotRefundable(RefundReason reason)
    {
        var decision = Profile.Evaluate(Local().Paying("2020-10-01").Refunding(reason, "2020-11-01"));
        decision.AssertRefund(false, 0);
        decision.AssertCites($"{Doc} 六(三)");
    }

    [Fact]
    public void Shiquan_6_4_DuplicatePayment_IndividualPaymentRefunded()
    {
        var decision = Profile.Evaluate(Local().Paying("2020-10-01").Certified("dibao", "2020-01-01").Refunding(RefundReason.Duplicate, "2020-11-01"));
        decision.AssertRefund(true, 280_00);
        decision.AssertCites($"{Doc} 六(四)");
    }

    [Fact]
    public void Shiquan_6_4_DuplicateWhileInEmployeeInsurance_NotEligibleButRefunded()
    {
        var decision = Profile.Evaluate((Local() with { EmployeeInsurance = true }).Paying("2020-10-01").Refunding(RefundReason.Duplicate, "2020-11-01"));
        decision.AssertIneligible(IneligibleReasons.EmployeeInsurance);
        decision.AssertRefund(true, 280_00);
    }

    [Fact]
    public void Shiquan_6_4_WrongLocation_RefundedByOriginalTenant()
    {
        var decision = Profile.Evaluate(Local().Paying("2020-10-01").Refunding(RefundReason.WrongLocation, "2020-11-01"));
        decision.AssertRefund(true, 280_00);
        decision.AssertCites($"{Doc} 六(四)");
    }

    [Fact]
    public void Shiquan_Decision_DefaultRefunds_Erroneous_RefundedInFull()
    {
        var decision = Profile.Evaluate(Local().Paying("2020-10-01").Refunding(RefundReason.Erroneous, "2020-11-01"));
        decision.AssertRefund(true, 280_00);
        decision.AssertCites("decision:default-refunds");
    }

    [Theory]
    [InlineData(RefundReason.MovedOut)]
    [InlineData(RefundReason.Employed)]
    public void Shiquan_6_3_OtherReasons_NotRefundable(RefundReason reason)
        => Profile.Evaluate(Local().Paying("2020-10-01").Refunding(reason, "2020-11-01")).AssertRefund(false, 0);

    [Fact]
    public void Shiquan_2_ResidencePermit_CitesThePermitClause()
        => Profile.Evaluate((Nonlocal() with { ResidencePermit = true }).Paying("2020-10-01")).AssertCites($"{Doc} 二", "持居住证");

    [Fact]
    public void Shiquan_1_BeforeWindowOpens_NotAccepted_CitesTheOpeningDay()
    {
        var decision = Profile.Evaluate(Local().Paying("2020-08-31"));
        decision.AssertRejected(RejectedReasons.WindowNotOpen);
        decision.AssertCites($"{Doc} 一", "此前缴费不计入2021年度");
    }

    // Year end: a payment on 2021-12-31 still counts for 2021 (its benefits would start 2022-01-01, so none are left).
    [Fact]
    public void Shiquan_1_4_PaidOnDecember31_CountsForTheYear_NoBenefitLeft()
    {
        var decision = Profile.Evaluate(Local().Paying("2021-12-31"));
        decision.AssertRejected(RejectedReasons.NoBenefitLeft);
        decision.AssertCites(Doc, "已无待遇期");
    }

    [Fact]
    public void Shiquan_1_AfterYearEnd_CitesTheBenefitYearsEnd()
        => Profile.Evaluate(Local().Paying("2022-01-01")).AssertCites($"{Doc} 一", "此后缴费不计入2021年度");

    [Fact]
    public void Shiquan_1_2_1_Newborn_CitesTheFreeNewbornClause()
        => Profile.Evaluate(Local("2021-03-01").Paying("2021-03-01")).AssertCites($"{Doc} 一(二)1", "参保不缴费");

    [Theory]
    [InlineData(RefundReason.Conscripted)]
    [InlineData(RefundReason.JoinedEmployeeInsurance)]
    [InlineData(RefundReason.Imprisoned)]
    [InlineData(RefundReason.Death)]
    public void Shiquan_6_3_StatusEnds_CitesTheLostStatusClause(RefundReason reason)
    {
        var decision = Profile.Evaluate(Local().Paying("2020-10-01").Refunding(reason, "2020-11-01"));
        decision.AssertCites($"{Doc} 六(三)", "参保身份自动丧失");
        decision.AssertDoesNotCite($"{Doc} 六(三)", "不属于通知规定的退费情形");
    }

    [Theory]
    [InlineData(RefundReason.MovedOut)]
    [InlineData(RefundReason.Employed)]
    public void Shiquan_6_3_OtherReasons_CiteThatTheNoticeSetsNoRefund(RefundReason reason)
    {
        var decision = Profile.Evaluate(Local().Paying("2020-10-01").Refunding(reason, "2020-11-01"));
        decision.AssertCites($"{Doc} 六(三)", "不属于通知规定的退费情形");
        decision.AssertDoesNotCite($"{Doc} 六(三)", "参保身份自动丧失");
    }

    [Fact]
    public void Shiquan_1_1_1_PovertyHouseholdCertifiedAfterAnotherCategory_StillBenefitsMonthAfterEnd()
    {
        var decision = Profile.Evaluate(Local().Paying("2021-06-20").Certified("dibao", "2020-05-01").Certified("jiandang", "2020-05-01")
            .With(new Circumstances { EmployeeInsuranceEndedOn = D("2021-04-15") }));
        decision.AssertBenefits("2021-05-01", "2021-12-31");
        decision.AssertCites($"{Doc} 一(一)1");
    }

    // 一(二)2 gives the same start (2021-01-01) as the concentrated window: the earliest start wins and a tie keeps the window's clause.
    [Fact]
    public void Shiquan_1_2_2_PriorYearNewbornPaidInWindow_KeepsTheWindowClause()
    {
        var decision = Profile.Evaluate(Local("2020-11-10").Paying("2020-12-01"));
        decision.AssertBenefits("2021-01-01", "2021-12-31");
        decision.AssertCites($"{Doc} 一", "集中缴费期");
        decision.AssertDoesNotCite($"{Doc} 一(二)2");
    }

    [Fact]
    public void Shiquan_1_2_2_PriorYearNewborn_CitesBirthBeforeTheYear()
        => Profile.Evaluate(Local("2020-11-10").Paying("2021-03-01")).AssertCites($"{Doc} 一(二)2", "2020年12月31日前出生");

    [Fact]
    public void Shiquan_3_6_OneCategoryOnly_DoesNotCiteTheHighestOnlyRule()
    {
        var decision = Profile.Evaluate(Local().Paying("2020-10-01").Certified("dibao", "2020-01-01"));
        Assert.NotNull(decision.Subsidy);
        decision.AssertDoesNotCite($"{Doc} 三(六)");
    }
}
