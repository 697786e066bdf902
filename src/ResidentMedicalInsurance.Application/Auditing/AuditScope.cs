namespace ResidentMedicalInsurance.Application.Auditing;

/// <summary>
/// The command running in this DI scope. The DbContext writes an audit entry for every change
/// saved while <see cref="Action"/> is set (see Infrastructure/Auditing/AuditTrail).
/// </summary>
public sealed class AuditScope
{
    public string? Action { get; set; }
}
