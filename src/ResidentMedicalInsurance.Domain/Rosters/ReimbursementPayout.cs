namespace ResidentMedicalInsurance.Domain.Rosters;

/// <summary>
/// 缴补分离 (Shiquan 五(二)): the resident paid the full fee and the fixed subsidy of their category is paid back
/// to them afterwards; this records that one payment's subsidy was paid out, when and under which reference.
/// </summary>
public sealed class ReimbursementPayout : ITenantOwned, IHouseholdScoped
{
    public const int ReferenceMaxLength = 64;

    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public Guid PaymentId { get; set; }
    public Guid HouseholdId { get; set; }
    public long AmountFen { get; set; }
    public DateOnly PaidOutOn { get; set; }
    public required string Reference { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public string RecordedBy { get; set; } = "";
}
