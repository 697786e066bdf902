namespace ResidentMedicalInsurance.Domain.Progress;

/// <summary>
/// Enrolments of a year in a township paid on one China calendar day (their payment in force) and still paid, by
/// subsidy category: the paid-per-day chart and "paid as of a date" read these (ADR 0061).
/// </summary>
public sealed class PaidDayTally : ITenantOwned, INotAudited
{
    public Guid TenantId { get; set; }
    public Guid TownshipId { get; set; }
    public int Year { get; set; }
    public required string Category { get; set; }
    public DateOnly Day { get; set; }
    public int Paid { get; set; }
}
