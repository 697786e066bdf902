using ResidentMedicalInsurance.Domain.Auditing;
using ResidentMedicalInsurance.Domain.Households;
using ResidentMedicalInsurance.Domain.Tenancy;

namespace ResidentMedicalInsurance.Domain.Enrollments;

/// <summary>
/// A resident's enrolment (参保登记) for one insurance year under one policy profile. The quote is
/// what the policy said when the clerk saved it; the benefit period is fixed when it is paid.
/// </summary>
public sealed class Enrollment : ITenantOwned, IHouseholdScoped, ITownshipScoped
{
    public const int BasisMaxLength = 2000;

    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public Guid ResidentId { get; set; }
    public Guid HouseholdId { get; set; }
    public Guid TownshipId { get; set; }
    public int Year { get; set; }
    public required string ProfileId { get; set; }
    public EnrollmentStatus Status { get; set; }
    public EnrollmentCircumstances Circumstances { get; set; } = new();

    /// <summary>
    /// Quote on the enrolment date (on the payment date once paid), in fen; null when a payment on
    /// the enrolment date would not have been taken (window not open or closed): the fee is then unknown.
    /// </summary>
    public long? StandardFeeFen { get; set; }
    public long? SubsidyFen { get; set; }
    public string? SubsidyCode { get; set; }
    public long? AmountDueFen { get; set; }

    /// <summary>Clause citations of the last decision, one per line.</summary>
    public string Basis { get; set; } = "";
    public DateTimeOffset EnrolledAt { get; set; }

    /// <summary>True when created by renewal (续保) from the previous year.</summary>
    public bool Renewed { get; set; }
    public DateOnly? BenefitStart { get; set; }
    public DateOnly? BenefitEnd { get; set; }
    public DateTimeOffset? PaidAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>Optimistic concurrency token: bumped on every change so that two payments cannot both win.</summary>
    public int Version { get; set; }
}

public enum EnrollmentStatus
{
    /// <summary>待缴费.</summary>
    AwaitingPayment = 0,

    /// <summary>已缴费.</summary>
    Paid = 1,

    /// <summary>已终止 (refund approved, enrolment ended).</summary>
    Ended = 2,
}
