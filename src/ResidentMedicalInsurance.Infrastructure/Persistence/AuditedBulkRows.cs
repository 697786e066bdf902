using ResidentMedicalInsurance.Domain.Tenancy;
using ResidentMedicalInsurance.Infrastructure.Auditing;

namespace ResidentMedicalInsurance.Infrastructure.Persistence;

/// <summary>Audited rows in bulk (ADR 0056): the rows and the audit trail's entries for them, both through <see cref="BulkRows"/>.</summary>
public sealed class AuditedBulkRows(AppDbContext db, ICurrentUser user, DatabaseOptions options, AuditRows audit) : IAuditedBulkRows
{
    public async Task InsertAsync<T>(IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class, ITenantOwned
    {
        await BulkRows.InsertAsync(db, user, options, rows, cancellationToken).ConfigureAwait(false);
        await BulkRows.InsertAsync(db, user, options, audit.Added(Type<T>(), rows), cancellationToken).ConfigureAwait(false);
    }

    public Task AuditChangesAsync<T>(IReadOnlyList<(T Before, T After)> changes, CancellationToken cancellationToken)
        where T : class, ITenantOwned => BulkRows.InsertAsync(db, user, options, audit.Modified(Type<T>(), changes), cancellationToken);

    private Microsoft.EntityFrameworkCore.Metadata.IEntityType Type<T>() =>
        db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
}
