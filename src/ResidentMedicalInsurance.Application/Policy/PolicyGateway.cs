using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Domain.Households;
using ResidentMedicalInsurance.Policies;
using ResidentMedicalInsurance.Policies.Households;
using DomainRefundReason = ResidentMedicalInsurance.Domain.Refunds.RefundReason;
using EngineRefundReason = ResidentMedicalInsurance.Policies.RefundReason;
using EngineStudent = ResidentMedicalInsurance.Policies.StudentStatus;

namespace ResidentMedicalInsurance.Application.Policy;

/// <summary>Maps the clerk workflow's records to the policy engine's case and back (the only place that does).</summary>
public sealed class PolicyGateway : IPolicyGateway
{
    public PolicyProfileView Profile(string profileId) => View(Find(profileId));

    public PolicyProfileView? FindProfile(string tenantCode, int year) => PolicyCatalog.Find(tenantCode, year) is { } profile ? View(profile) : null;

    public PolicyProfileView? FindProfile(string profileId) => PolicyCatalog.Find(profileId) is { } profile ? View(profile) : null;

    public IReadOnlyList<PolicyProfileView> ProfilesOf(string tenantCode) =>
        PolicyCatalog.All.Where(p => p.TenantCode == tenantCode).OrderBy(p => p.Year).Select(View).ToList();

    public IReadOnlyList<CategoryRule> Categories(string profileId) => Find(profileId).Categories;

    public IReadOnlyList<ReconciliationPeriod> ReconciliationPeriods(string profileId) => Find(profileId).ReconciliationPeriods;

    public ProgressTargets Targets(string profileId) => Find(profileId).Targets;

    public PolicyQuote Quote(
        string profileId, Resident resident, IEnumerable<SubsidyCertification> certifications,
        EnrollmentCircumstances circumstances, DateOnly paymentDate)
    {
        var profile = Find(profileId);
        var decision = profile.Evaluate(Case(resident, certifications, circumstances, paymentDate));
        var category = decision.Subsidy is { } s ? profile.Categories.FirstOrDefault(c => c.Code == s.Code) : null;
        var subsidyName = decision.Subsidy is { } named ? category?.Name ?? named.Code : null;
        var subsidyMode = decision.Subsidy is { } given ? Texts.Get($"SubsidyMode_{given.Mode}") : null;
        return new PolicyQuote
        {
            ProfileId = profile.Id,
            QuotedFor = paymentDate,
            Eligible = decision.Eligible,
            IneligibleReason = decision.Eligible ? null : ReasonText(decision.IneligibleReason),
            Accepted = decision.Accepted,
            RejectedReason = decision.Accepted ? null : ReasonText(decision.RejectedReason),
            StandardFeeFen = decision.StandardFee,
            SubsidyFen = decision.Subsidy?.Amount,
            SubsidyCode = decision.Subsidy?.Code,
            SubsidyName = subsidyName,
            SubsidyModeText = subsidyMode,
            SubsidyFundedBy = decision.Subsidy?.FundedBy,
            SubsidyText = subsidyName is null ? null : Texts.Format("Quote_SubsidyText", subsidyName, subsidyMode, decision.Subsidy?.FundedBy),
            AmountDueFen = decision.IndividualDue,
            BenefitStart = decision.BenefitStart,
            BenefitEnd = decision.BenefitEnd,
            Basis = [.. decision.Basis.Select(b => b.Text), .. CertificationBasis.For(decision.Subsidy?.Code, certifications)],
        };
    }

    public IReadOnlyList<string> MissingHouseholdMembers(string profileId, IReadOnlyList<HouseholdMemberFacts> members)
    {
        var profile = Find(profileId);
        if (!HouseholdRule.AppliesTo(profile))
        {
            return [];
        }

        var check = HouseholdRule.Check(members.Select(m => new HouseholdMember(m.Name, m.Eligible, m.Deferring, m.Registered)).ToList());
        return check.Missing.Select(m => m.Message).ToList();
    }

    public RefundQuote Refund(
        string profileId, Resident resident, IEnumerable<SubsidyCertification> certifications,
        EnrollmentCircumstances circumstances, DateOnly paymentDate, DomainRefundReason reason, DateOnly eventDate, bool benefitsUsed)
    {
        var profile = Find(profileId);
        var policyCase = Case(resident, certifications, circumstances, paymentDate) with
        {
            Refund = new RefundRequest(Map(reason), eventDate, benefitsUsed),
        };
        var decision = profile.Evaluate(policyCase);
        var refund = decision.Refund ?? new RefundDecision(false, 0);

        // decision:clerk-refund-keeps (ADR 0033): a duplicate payment is paid back while the
        // enrolment stays covered by the other payment; every other approved refund ends it.
        return new RefundQuote(refund.Refundable, refund.Amount, reason != DomainRefundReason.Duplicate,
            decision.Basis.Select(b => b.Text).ToList());
    }

    private IPolicyProfile Find(string profileId) =>
        PolicyCatalog.Find(profileId) ?? throw new AppException($"未找到政策方案 {profileId}，请联系系统管理员配置本县当前年度政策。");

    private static PolicyProfileView View(IPolicyProfile profile) => new(
        profile.Id, profile.TenantName, profile.Year, profile.DocumentNumber,
        profile.Categories.Select(c => new CodeLabel(c.Code, c.Name)).ToList(),
        profile.Circumstances.Select(c => new CircumstanceField(StoredCircumstance.Of(c.Circumstance), c.Name)).ToList(),
        profile.PersonalAccount is { } account ? new PersonalAccountView(account.AmountFen, account.CreditBy, account.Basis.Text, account.RefundBasis.Text) : null,
        AccidentProductView.Of(profile.AccidentInsurance));

    private static PolicyCase Case(
        Resident resident, IEnumerable<SubsidyCertification> certifications, EnrollmentCircumstances c, DateOnly paymentDate) => new()
    {
        Person = new Person
        {
            BirthDate = resident.BirthDate,
            Hukou = resident.Hukou == HukouKind.Local ? Hukou.Local : Hukou.Nonlocal,
            ResidencePermit = resident.Facts.PermitValidOn(resident.OtherDocument, paymentDate),
            HkMacaoTaiwan = resident.OtherDocument == OtherDocumentKind.HkMacaoTaiwanPermit,
            EmployeeInsurance = resident.EmployeeInsurance,
            InsuredElsewhere = resident.InsuredElsewhere,
            Employed = resident.Employed,
            ResidentYears = resident.ResidentYears,
            ArmedPolice = resident.ArmedPolice,
            ParentInsuredInPrefecture = resident.ParentInsuredInPrefecture,
            Student = resident.Student switch
            {
                Domain.Households.StudentStatus.LocalSchool => new EngineStudent(true, false, false),
                Domain.Households.StudentStatus.College => new EngineStudent(true, true, c.CollegeFreshman),
                _ => null,
            },
        },
        Categories = certifications.Select(x => new CategoryCertification(x.Code, x.CertifiedOn)).ToList(),
        Circumstances = StoredCircumstance.ToEngine(c),
        PaymentDate = paymentDate,
    };

    private static EngineRefundReason Map(DomainRefundReason reason) => reason switch
    {
        DomainRefundReason.Death => EngineRefundReason.Death,
        DomainRefundReason.MovedOut => EngineRefundReason.MovedOut,
        DomainRefundReason.Employed => EngineRefundReason.Employed,
        DomainRefundReason.JoinedEmployeeInsurance => EngineRefundReason.JoinedEmployeeInsurance,
        DomainRefundReason.Conscripted => EngineRefundReason.Conscripted,
        DomainRefundReason.Imprisoned => EngineRefundReason.Imprisoned,
        DomainRefundReason.Duplicate => EngineRefundReason.Duplicate,
        DomainRefundReason.Erroneous => EngineRefundReason.Erroneous,
        _ => EngineRefundReason.WrongLocation,
    };

    private static string ReasonText(string? code) => code switch
    {
        IneligibleReasons.EmployeeInsurance => "已参加城镇职工基本医疗保险，不能同时参加居民医保",
        IneligibleReasons.RuralCooperative => "已参加新型农村合作医疗",
        IneligibleReasons.NotInScope => "不属于本地参保范围（无本地户籍、居住证或本地学籍）",
        RejectedReasons.Ineligible => "不符合参保条件",
        RejectedReasons.NoPaymentDate => "缺少缴费日期",
        RejectedReasons.WindowNotOpen => "本年度缴费期尚未开始",
        RejectedReasons.WindowClosed => "本年度缴费期已结束",
        RejectedReasons.NoBenefitLeft => "按缴费日期计算本年度已无待遇期，不予收费",
        _ => code ?? "未说明原因",
    };
}
