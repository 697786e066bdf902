namespace ResidentMedicalInsurance.Domain.Rosters;

/// <summary>
/// 部门代缴: a department's payment of the waived premiums of a list of residents, recorded once under its
/// batch number (the department's transfer or voucher); each resident gets a payment on the 部门代缴 channel.
/// </summary>
public sealed class DepartmentPaymentBatch : ITenantOwned
{
    public const int NumberMaxLength = 50;

    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public required string Number { get; set; }
    public required string Department { get; set; }
    public int Year { get; set; }
    public DateTimeOffset PaidAt { get; set; }
    public int Persons { get; set; }

    /// <summary>What the department paid: the sum of the waived amounts, in fen.</summary>
    public long AmountFen { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public string RecordedBy { get; set; } = "";
}
