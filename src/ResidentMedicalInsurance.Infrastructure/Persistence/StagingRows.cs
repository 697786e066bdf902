using LinqToDB.Data;
using LinqToDB.EntityFrameworkCore;
using ResidentMedicalInsurance.Domain.Auditing;
using ResidentMedicalInsurance.Domain.Tenancy;
using ResidentMedicalInsurance.Infrastructure.Tenancy;

namespace ResidentMedicalInsurance.Infrastructure.Persistence;

/// <summary>
/// Staging rows through the servers' bulk paths (PostgreSQL COPY, SQL Server bulk copy) with linq2db, inside
/// the context's transaction; SQLite, a single local writer, through the change tracker in one save (ADR 0053).
/// </summary>
public sealed class StagingRows(AppDbContext db, ICurrentUser user, DatabaseOptions options) : IStagingRows
{
    static StagingRows() => LinqToDBForEFTools.Initialize();

    public async Task InsertAsync<T>(IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class, INotAudited, ITenantOwned
    {
        var tenant = user.TenantId is { } id && id != Guid.Empty
            ? id
            : throw new TenantMismatchException($"Refusing to stage {typeof(T).Name}: no tenant is signed in.");
        foreach (var row in rows)
        {
            if (row.TenantId == Guid.Empty)
            {
                row.TenantId = tenant;
            }
            else if (row.TenantId != tenant)
            {
                throw new TenantMismatchException($"Refusing to stage {typeof(T).Name} of tenant {row.TenantId} for tenant {tenant}.");
            }
        }

        if (options.Provider == DatabaseProvider.Sqlite)
        {
            db.Set<T>().AddRange(rows);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

        await db.BulkCopyAsync(new BulkCopyOptions { BulkCopyType = BulkCopyType.ProviderSpecific }, rows, cancellationToken).ConfigureAwait(false);
    }
}
