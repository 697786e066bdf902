namespace ResidentMedicalInsurance.Domain.Rosters;

/// <summary>The uploaded file of a roster, staged in the database so the job survives a restart; dropped once read.</summary>
public sealed class RosterFile : ITenantOwned, INotAudited
{
    public const int MaxBytes = 30 * 1024 * 1024;

    public Guid RosterId { get; set; }
    public Guid TenantId { get; set; }
    public required byte[] Content { get; set; }
}
