using ResidentMedicalInsurance.Policies;

namespace ResidentMedicalInsurance.Application.Policy;

/// <summary>
/// What the policy says for one resident on one date, ready to show: eligibility with its reason,
/// whether a payment on that date is taken, the fee quote and the benefit period, and the basis.
/// </summary>
public sealed record PolicyQuote
{
    public required string ProfileId { get; init; }
    public required DateOnly QuotedFor { get; init; }
    public bool Eligible { get; init; }
    public string? IneligibleReason { get; init; }
    public bool Accepted { get; init; }
    public string? RejectedReason { get; init; }
    public long? StandardFeeFen { get; init; }
    public long? SubsidyFen { get; init; }
    public string? SubsidyCode { get; init; }

    /// <summary>The subsidy's category in the notice's words (Chinese in every language), e.g. 最低生活保障对象.</summary>
    public string? SubsidyName { get; init; }

    /// <summary>How the subsidy is given, in the user's language: 免缴 (fee waived) or 先缴后补 (paid first, reimbursed).</summary>
    public string? SubsidyModeText { get; init; }

    /// <summary>Who funds it, in the notice's words, e.g. 医疗救助资金.</summary>
    public string? SubsidyFundedBy { get; init; }

    /// <summary>The three in one line, e.g. 最低生活保障对象（免缴，医疗救助资金）; pages show the parts, marking the notice's words.</summary>
    public string? SubsidyText { get; init; }
    public long? AmountDueFen { get; init; }
    public DateOnly? BenefitStart { get; init; }
    public DateOnly? BenefitEnd { get; init; }
    public IReadOnlyList<string> Basis { get; init; } = [];

    public string StandardFeeText => Display.Yuan(StandardFeeFen);
    public string SubsidyAmountText => Display.Yuan(SubsidyFen ?? (StandardFeeFen is null ? null : 0));
    public string AmountDueText => Display.Yuan(AmountDueFen);
    public string BenefitPeriodText => Display.Period(BenefitStart, BenefitEnd);

    /// <summary>One line for the form: eligible or why not, accepted today or why not.</summary>
    public string Summary => SummaryLead + SummaryReason;

    /// <summary>The summary in the user's language, up to the policy's reason.</summary>
    public string SummaryLead =>
        !Eligible ? Texts.Get("Quote_Ineligible")
        : !Accepted ? Texts.Format("Quote_NotAccepted", Display.Date(QuotedFor))
        : Texts.Format("Quote_Due", Display.Date(QuotedFor), AmountDueText, BenefitPeriodText);

    /// <summary>The policy's reason (the engine's wording of a notice clause: Chinese in every language), if any.</summary>
    public string? SummaryReason => !Eligible ? IneligibleReason : !Accepted ? RejectedReason : null;
}

/// <summary>The policy's answer to a refund request.</summary>
public sealed record RefundQuote(bool Refundable, long AmountFen, bool EndsEnrollment, IReadOnlyList<string> Basis)
{
    public string AmountText => Display.Yuan(AmountFen);
}

/// <summary>A profile as the forms show it: year, notice, categories and circumstances to offer.</summary>
public sealed record PolicyProfileView(
    string Id,
    string TenantName,
    int Year,
    string DocumentNumber,
    IReadOnlyList<CodeLabel> Categories,
    IReadOnlyList<CircumstanceField> Circumstances,
    PersonalAccountView? PersonalAccount = null,
    AccidentProductView? AccidentInsurance = null)
{
    public string Title => $"{TenantName}{Year}年度城乡居民医保（{DocumentNumber}）";
}

/// <summary>个人账户 of a profile: the yearly credit per enrolled person, the day it is credited by, and its clause.</summary>
public sealed record PersonalAccountView(long AmountFen, DateOnly CreditBy, string Basis, string RefundBasis)
{
    public string AmountText => Display.Yuan(AmountFen);
}

/// <summary>A code with its zh-CN label, for drop-downs.</summary>
public sealed record CodeLabel(string Code, string Label);

/// <summary>A circumstance a profile offers on its form: the catalogue entry with its column, and the notice's zh-CN wording.</summary>
public sealed record CircumstanceField(StoredCircumstance Stored, string Label)
{
    public string Code => Stored.Code;

    public CircumstanceKind Kind => Stored.Circumstance.Kind;
}
