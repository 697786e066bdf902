using ResidentMedicalInsurance.Domain.Common;
using ResidentMedicalInsurance.Domain.Households;
using ResidentMedicalInsurance.Domain.Payments;

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

    /// <summary>
    /// 缴费: the enrolment is paid by <paramref name="payment"/>, which fixes the benefit period. The quote
    /// fields become the payment's (what was asked on the payment date), so lists read one figure (ADR 0047).
    /// </summary>
    public void RecordPayment(Payment payment)
    {
        if (payment.EnrollmentId != Id)
        {
            throw new DomainException("该缴费不属于这条参保登记。");
        }

        if (Status != EnrollmentStatus.AwaitingPayment)
        {
            throw new DomainException(Status == EnrollmentStatus.Paid
                ? "该参保登记已缴费，不能重复缴费。"
                : "该参保登记已终止，不能缴费；如需重新参保请先办理参保登记。");
        }

        Status = EnrollmentStatus.Paid;
        PaidAt = payment.PaidAt;
        BenefitStart = payment.BenefitStart;
        BenefitEnd = payment.BenefitEnd;
        StandardFeeFen = payment.StandardFeeFen;
        SubsidyFen = payment.SubsidyFen;
        SubsidyCode = payment.SubsidyCode;
        AmountDueFen = payment.AmountFen;
        Basis = payment.Basis;
        Version++;
    }

    /// <summary>
    /// 冲正: the payment was entered in error and reversed; the enrolment is 待缴费 again and its quote is
    /// asked anew when it is paid. The reversed payment stays on record.
    /// </summary>
    public void ReversePayment(Payment payment)
    {
        if (payment.EnrollmentId != Id || Status != EnrollmentStatus.Paid)
        {
            throw new DomainException(Status == EnrollmentStatus.Ended
                ? "该参保登记已终止，不能冲正其缴费；请先处理退费记录。"
                : "该参保登记当前不是已缴费状态，不能冲正。");
        }

        Status = EnrollmentStatus.AwaitingPayment;
        PaidAt = null;
        BenefitStart = null;
        BenefitEnd = null;
        Version++;
    }

    /// <summary>终止: an approved refund ends the enrolment; a new one may then be made (ADR 0036).</summary>
    public void End(DateTimeOffset at)
    {
        if (Status == EnrollmentStatus.Ended)
        {
            throw new DomainException("该参保登记已终止。");
        }

        Status = EnrollmentStatus.Ended;
        EndedAt = at;
        Version++;
    }
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
