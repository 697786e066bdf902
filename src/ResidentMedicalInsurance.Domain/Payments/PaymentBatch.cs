using ResidentMedicalInsurance.Domain.Households;

namespace ResidentMedicalInsurance.Domain.Payments;

/// <summary>
/// Several enrolments paid under one voucher in one step: a household's members at the counter (一户一票), or a
/// township clerk's batch for a list of residents (尤政办〔2019〕45号 六(一)2 村居批量代缴). Unique per
/// (tenant, channel, voucher): the same batch recorded again records nothing new.
/// </summary>
public sealed class PaymentBatch : ITenantOwned, ITownshipScoped
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public Guid TownshipId { get; set; }

    /// <summary>The household of a household payment; null for a township batch (members of several households).</summary>
    public Guid? HouseholdId { get; set; }
    public PaymentBatchKind Kind { get; set; }
    public required string Channel { get; set; }
    public required string Voucher { get; set; }
    public DateTimeOffset PaidAt { get; set; }
    public int Persons { get; set; }

    /// <summary>The sum of the members' amounts, in fen: what the voucher shows.</summary>
    public long AmountFen { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public string RecordedBy { get; set; } = "";
}

public enum PaymentBatchKind
{
    /// <summary>一户多人一张凭证.</summary>
    Household = 1,

    /// <summary>乡镇/村批量代缴.</summary>
    Township = 2,
}
