using ResidentMedicalInsurance.Domain.Auditing;
using ResidentMedicalInsurance.Domain.Tenancy;

namespace ResidentMedicalInsurance.Infrastructure.Persistence;

/// <summary>
/// Staging rows in bulk inside the context's transaction (ADR 0053): PostgreSQL COPY and SQL Server bulk copy with
/// linq2db; SQLite through a prepared insert from EF's model (ADR 0056). Only unaudited rows: their record is audited.
/// </summary>
public sealed class StagingRows(AppDbContext db, ICurrentUser user, DatabaseOptions options) : IStagingRows
{
    public Task InsertAsync<T>(IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class, INotAudited, ITenantOwned => BulkRows.InsertAsync(db, user, options, rows, cancellationToken);
}
