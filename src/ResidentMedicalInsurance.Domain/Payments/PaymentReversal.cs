using ResidentMedicalInsurance.Domain.Common;
using ResidentMedicalInsurance.Domain.Households;

namespace ResidentMedicalInsurance.Domain.Payments;

/// <summary>
/// 冲正申请: a clerk asks to reverse a payment entered in error (wrong person, wrong amount, wrong voucher);
/// county staff approve or reject it. Approval marks the payment reversed and the enrolment 待缴费 again;
/// nothing is deleted, and the audit trail holds both the payment and its reversal.
/// </summary>
public sealed class PaymentReversal : ITenantOwned, IHouseholdScoped, ITownshipScoped, IReviewedRequest
{
    public const int ReasonMaxLength = 500;

    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public Guid PaymentId { get; set; }
    public Guid EnrollmentId { get; set; }
    public Guid ResidentId { get; set; }
    public Guid HouseholdId { get; set; }
    public Guid TownshipId { get; set; }

    /// <summary>The reversed amount (the payment's), in fen.</summary>
    public long AmountFen { get; set; }
    public required string Reason { get; set; }
    public ReversalStatus Status { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
    public string RequestedBy { get; set; } = "";
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecidedBy { get; set; }
    public string? DecisionNote { get; set; }

    public void Approve(string decidedBy, DateTimeOffset at, string? note) => Decide(ReversalStatus.Approved, decidedBy, at, note);

    /// <summary>驳回, with the reason the clerk will read.</summary>
    public void Reject(string decidedBy, DateTimeOffset at, string note)
    {
        if (string.IsNullOrWhiteSpace(note))
        {
            throw new DomainException("驳回冲正申请时请填写驳回原因。");
        }

        Decide(ReversalStatus.Rejected, decidedBy, at, note);
    }

    private void Decide(ReversalStatus decision, string decidedBy, DateTimeOffset at, string? note)
    {
        if (Status != ReversalStatus.Pending)
        {
            throw new DomainException(Status == ReversalStatus.Approved ? "该冲正申请已批准，不能再次审核。" : "该冲正申请已驳回，不能再次审核。");
        }

        Status = decision;
        DecidedAt = at;
        DecidedBy = decidedBy;
        DecisionNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }
}

public enum ReversalStatus
{
    Pending = 0,
    Approved = 1,
    Rejected = 2,
}
