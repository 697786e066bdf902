using ResidentMedicalInsurance.Domain.Common;
using ResidentMedicalInsurance.Domain.Households;

namespace ResidentMedicalInsurance.Domain.Refunds;

/// <summary>A refund request (退费申请) for a paid enrolment; county staff approve or reject it.</summary>
public sealed class Refund : ITenantOwned, IHouseholdScoped, ITownshipScoped, IReviewedRequest
{
    public const int NoteMaxLength = 500;

    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public Guid EnrollmentId { get; set; }
    public Guid PaymentId { get; set; }
    public Guid ResidentId { get; set; }
    public Guid HouseholdId { get; set; }
    public Guid TownshipId { get; set; }
    public RefundReason Reason { get; set; }

    /// <summary>Date of the event behind the request (death, move, employment ...).</summary>
    public DateOnly EventDate { get; set; }
    public bool BenefitsUsed { get; set; }
    public string? Note { get; set; }

    /// <summary>Amount the policy says is due back, in fen.</summary>
    public long AmountFen { get; set; }

    /// <summary>Whether the policy ends the enrolment on approval (otherwise it stays paid).</summary>
    public bool EndsEnrollment { get; set; }
    public string Basis { get; set; } = "";
    public RefundStatus Status { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
    public string RequestedBy { get; set; } = "";
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecidedBy { get; set; }
    public string? DecisionNote { get; set; }

    /// <summary>批准 by county staff; the caller ends the enrolment when <see cref="EndsEnrollment"/>.</summary>
    public void Approve(string decidedBy, DateTimeOffset at, string? note) => Decide(RefundStatus.Approved, decidedBy, at, note);

    /// <summary>驳回, with the reason the clerk will read.</summary>
    public void Reject(string decidedBy, DateTimeOffset at, string note)
    {
        if (string.IsNullOrWhiteSpace(note))
        {
            throw new DomainException("驳回退费申请时请填写驳回原因。");
        }

        Decide(RefundStatus.Rejected, decidedBy, at, note);
    }

    private void Decide(RefundStatus decision, string decidedBy, DateTimeOffset at, string? note)
    {
        if (Status != RefundStatus.Pending)
        {
            throw new DomainException(Status == RefundStatus.Approved ? "该退费申请已批准，不能再次审核。" : "该退费申请已驳回，不能再次审核。");
        }

        Status = decision;
        DecidedAt = at;
        DecidedBy = decidedBy;
        DecisionNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }
}

public enum RefundStatus
{
    Pending = 0,
    Approved = 1,
    Rejected = 2,
}

/// <summary>Refund reasons of the policy contract (policy-spec §10).</summary>
public enum RefundReason
{
    Death = 1,
    MovedOut = 2,
    Employed = 3,
    JoinedEmployeeInsurance = 4,
    Conscripted = 5,
    Imprisoned = 6,
    Duplicate = 7,
    Erroneous = 8,
    WrongLocation = 9,
}
