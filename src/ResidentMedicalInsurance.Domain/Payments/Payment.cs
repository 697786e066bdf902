using ResidentMedicalInsurance.Domain.Common;
using ResidentMedicalInsurance.Domain.Households;

namespace ResidentMedicalInsurance.Domain.Payments;

/// <summary>
/// The payment of one enrolment. While in force it is unique per enrolment, and a payment of its own (no batch)
/// is unique per (tenant, channel, voucher): a repeated voucher or a second clerk paying at the same time cannot
/// record a second payment. Several members paid under one voucher share a <see cref="PaymentBatch"/>.
/// A payment is never deleted: 冲正 marks it reversed (<see cref="PaymentReversal"/>).
/// </summary>
public sealed class Payment : ITenantOwned, IHouseholdScoped, ITownshipScoped
{
    public const int ChannelMaxLength = 32;
    public const int VoucherMaxLength = 64;

    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public Guid EnrollmentId { get; set; }
    public Guid ResidentId { get; set; }
    public Guid HouseholdId { get; set; }
    public Guid TownshipId { get; set; }

    /// <summary>Channel code of the tenant's list, e.g. <c>wechat</c>.</summary>
    public required string Channel { get; set; }

    /// <summary>Voucher or receipt number (凭证号) as issued by the channel.</summary>
    public required string Voucher { get; set; }
    public long AmountFen { get; set; }
    public long StandardFeeFen { get; set; }
    public long SubsidyFen { get; set; }
    public string? SubsidyCode { get; set; }
    /// <summary>When the money was paid; sets <see cref="PaidOn"/>.</summary>
    public DateTimeOffset PaidAt { get; set { field = value; PaidOn = ChinaTime.DateOf(value); } }

    /// <summary>The China calendar day of <see cref="PaidAt"/>: what the policy and the reconciliation periods read.</summary>
    public DateOnly PaidOn { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public string RecordedBy { get; set; } = "";
    public DateOnly BenefitStart { get; set; }
    public DateOnly BenefitEnd { get; set; }

    /// <summary>Clause citations of the decision at payment, one per line.</summary>
    public string Basis { get; set; } = "";

    /// <summary>The household's or township's batch the payment was recorded in under one voucher; null for a payment of its own.</summary>
    public Guid? BatchId { get; set; }

    public PaymentStatus Status { get; set; }
    public DateTimeOffset? ReversedAt { get; set; }
    public Guid? ReversalId { get; set; }

    /// <summary>
    /// 跨期入账: set when the payment's own reconciliation period was already signed off when it was recorded;
    /// it then counts in the period starting on this date (ADR 0057). Null: it counts in the period of its paid date.
    /// </summary>
    public DateOnly? CarriedToPeriod { get; set; }

    /// <summary>冲正: the reversal approved by county staff; the enrolment goes back to 待缴费 (the caller's part).</summary>
    public void Reverse(Guid reversalId, DateTimeOffset at)
    {
        if (Status == PaymentStatus.Reversed)
        {
            throw new DomainException("该笔缴费已冲正，不能再次冲正。");
        }

        Status = PaymentStatus.Reversed;
        ReversedAt = at;
        ReversalId = reversalId;
    }
}

public enum PaymentStatus
{
    /// <summary>有效.</summary>
    InForce = 0,

    /// <summary>已冲正 (kept, never deleted).</summary>
    Reversed = 1,
}
