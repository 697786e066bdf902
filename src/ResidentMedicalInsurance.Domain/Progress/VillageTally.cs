namespace ResidentMedicalInsurance.Domain.Progress;

/// <summary>
/// 参保进度计数: how many residents are registered, and how many enrolments of a year are live and paid, in one
/// village of a township, by the subsidy category the enrolment was quoted with. Kept up to date in the same
/// transaction as every change of a resident, an enrolment or a household (ADR 0061), so that the dashboard sums
/// a few hundred of these rows instead of counting residents. Registered residents are year-less: their row has
/// <see cref="Year"/> 0 and an empty <see cref="Category"/>.
/// </summary>
public sealed class VillageTally : ITenantOwned, INotAudited
{
    public const int CategoryMaxLength = 32;

    public Guid TenantId { get; set; }
    public Guid TownshipId { get; set; }
    public required string Village { get; set; }
    public int Year { get; set; }

    /// <summary>The enrolment's subsidy category (<c>SubsidyCode</c>), empty when none.</summary>
    public required string Category { get; set; }
    public int Registered { get; set; }
    public int Enrolled { get; set; }
    public int Paid { get; set; }
}
