using ResidentMedicalInsurance.Domain.Households;

namespace ResidentMedicalInsurance.Domain.Payments;

/// <summary>
/// The payment of one enrolment. Unique per (tenant, channel, voucher) and per enrolment: a
/// repeated voucher or a second clerk paying at the same time cannot record a second payment.
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
    public DateTimeOffset PaidAt { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public string RecordedBy { get; set; } = "";
    public DateOnly BenefitStart { get; set; }
    public DateOnly BenefitEnd { get; set; }

    /// <summary>Clause citations of the decision at payment, one per line.</summary>
    public string Basis { get; set; } = "";
}
