namespace ResidentMedicalInsurance.Application.Abstractions;

/// <summary>
/// Writes many audited rows (入账's payments and refunds) in the command's transaction without the change tracker,
/// with the audit entries the change tracker's audit trail would write for them (ADR 0056). The rows get the
/// signed-in tenant; a row of another tenant is refused like any save.
/// </summary>
public interface IAuditedBulkRows
{
    /// <summary>Inserts the rows, each with its Added audit entry.</summary>
    Task InsertAsync<T>(IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class, Domain.Tenancy.ITenantOwned;

    /// <summary>The Modified audit entry of each row a set-based update changed from Before to After (the values that differ).</summary>
    Task AuditChangesAsync<T>(IReadOnlyList<(T Before, T After)> changes, CancellationToken cancellationToken)
        where T : class, Domain.Tenancy.ITenantOwned;
}
