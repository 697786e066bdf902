namespace ResidentMedicalInsurance.Domain.Auditing;

/// <summary>
/// One audited change (or a sensitive read such as revealing an ID number): who, when, which
/// command, which record, and the changed values before and after as JSON objects.
/// </summary>
public sealed class AuditEntry : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public DateTimeOffset At { get; set; }
    public string? UserId { get; set; }
    public string UserName { get; set; } = "";

    /// <summary>The request that made the change, e.g. <c>RecordPayment</c>.</summary>
    public string Action { get; set; } = "";

    /// <summary>Entity type name, e.g. <c>Resident</c>.</summary>
    public string EntityType { get; set; } = "";
    public Guid EntityId { get; set; }
    public Guid? HouseholdId { get; set; }
    public AuditOperation Operation { get; set; }

    /// <summary>JSON object of the changed properties' old values (null for an insert).</summary>
    public string? Before { get; set; }

    /// <summary>JSON object of the changed properties' new values (null for a delete).</summary>
    public string? After { get; set; }
}

public enum AuditOperation
{
    Added = 1,
    Modified = 2,
    Deleted = 3,

    /// <summary>A full ID number was shown to the user.</summary>
    Revealed = 4,
}
