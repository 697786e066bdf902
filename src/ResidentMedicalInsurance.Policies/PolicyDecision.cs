namespace ResidentMedicalInsurance.Policies;

/// <summary>
/// The answer to a <see cref="PolicyCase"/> (policy-spec section 3). Money is in fen; fees, subsidy and
/// benefit dates are null when the person is not eligible or the payment is not accepted.
/// </summary>
public sealed class PolicyDecision
{
    public required string ProfileId { get; init; }
    public bool Eligible { get; init; }

    /// <summary>A code from <see cref="IneligibleReasons"/>, null when eligible.</summary>
    public string? IneligibleReason { get; init; }

    public bool Accepted { get; init; }

    /// <summary>A code from <see cref="RejectedReasons"/>, null when accepted.</summary>
    public string? RejectedReason { get; init; }

    /// <summary>The fee that applies on the payment date, in fen.</summary>
    public long? StandardFee { get; init; }

    public SubsidyDecision? Subsidy { get; init; }

    /// <summary>What the resident pays at the counter, in fen.</summary>
    public long? IndividualDue { get; init; }

    /// <summary>工本费 due besides the premium (lianyungang-2008 only), in fen.</summary>
    public long? CardFee { get; init; }

    public DateOnly? BenefitStart { get; init; }
    public DateOnly? BenefitEnd { get; init; }

    /// <summary>Present exactly when the case asked for a refund.</summary>
    public RefundDecision? Refund { get; init; }

    /// <summary>Clause citations and product decisions that produced this result, in order.</summary>
    public required IReadOnlyList<BasisItem> Basis { get; init; }
}

/// <summary>How a subsidy reaches the resident.</summary>
public enum SubsidyMode
{
    /// <summary>免缴: the resident pays nothing for that part.</summary>
    Waived,

    /// <summary>缴补分离: the resident pays the full fee and the amount is paid back.</summary>
    Reimbursed,
}

/// <summary>The single subsidy that applies (the most generous category).</summary>
public readonly record struct SubsidyDecision(string Code, long Amount, SubsidyMode Mode, string FundedBy);

/// <summary>Whether a refund is due and how much of what the resident paid comes back, in fen.</summary>
public readonly record struct RefundDecision(bool Refundable, long Amount);

/// <summary>Codes for <see cref="PolicyDecision.IneligibleReason"/>.</summary>
public static class IneligibleReasons
{
    /// <summary>已参加城镇职工基本医疗保险.</summary>
    public const string EmployeeInsurance = "employee-insurance";

    /// <summary>已参加新型农村合作医疗.</summary>
    public const string RuralCooperative = "rural-cooperative";

    /// <summary>不属于本地参保范围 (no hukou, permit, school or other link).</summary>
    public const string NotInScope = "not-in-scope";
}

/// <summary>Codes for <see cref="PolicyDecision.RejectedReason"/>.</summary>
public static class RejectedReasons
{
    public const string Ineligible = "ineligible";
    public const string NoPaymentDate = "no-payment-date";
    public const string WindowNotOpen = "window-not-open";
    public const string WindowClosed = "window-closed";
    public const string NoBenefitLeft = "no-benefit-left";
}
