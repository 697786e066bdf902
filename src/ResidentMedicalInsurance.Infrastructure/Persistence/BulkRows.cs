using LinqToDB.Data;
using LinqToDB.EntityFrameworkCore;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Npgsql;
using ResidentMedicalInsurance.Domain.Tenancy;
using ResidentMedicalInsurance.Infrastructure.Tenancy;

namespace ResidentMedicalInsurance.Infrastructure.Persistence;

/// <summary>
/// Inserts many rows in the context's transaction without the change tracker: PostgreSQL COPY and SQL Server bulk
/// copy through linq2db; SQLite through one prepared INSERT (<see cref="SqliteRows"/>), rows with a complex property
/// through multi-row INSERTs on the server databases. Applies the tenant rule of
/// the save hooks itself (they do not run): a row gets the signed-in tenant, a row of another tenant is refused.
/// A refused write comes back as a <see cref="DbUpdateException"/>, as from a save (<see cref="UniqueViolations"/> reads it).
/// </summary>
internal static class BulkRows
{
    static BulkRows() => LinqToDBForEFTools.Initialize();

    public static async Task InsertAsync<T>(AppDbContext db, ICurrentUser user, DatabaseOptions options, IReadOnlyList<T> rows, CancellationToken ct)
        where T : class, ITenantOwned
    {
        var tenant = user.TenantId is { } id && id != Guid.Empty
            ? id
            : throw new TenantMismatchException($"Refusing to write {typeof(T).Name} in bulk: no tenant is signed in.");
        foreach (var row in rows)
        {
            if (row.TenantId == Guid.Empty)
            {
                row.TenantId = tenant;
            }
            else if (row.TenantId != tenant)
            {
                throw new TenantMismatchException($"Refusing to write {typeof(T).Name} of tenant {row.TenantId} for tenant {tenant}.");
            }
        }

        if (rows.Count == 0)
        {
            return;
        }

        try
        {
            if (options.Provider == DatabaseProvider.Sqlite)
            {
                await SqliteRows.InsertAsync(db, rows, ct).ConfigureAwait(false);
                return;
            }

            // linq2db maps no complex property (an enrolment's circumstances): multi-row INSERTs from EF's model instead,
            // under SQL Server's 2,100 parameters a command and PostgreSQL's 65,535.
            if (db.Model.FindEntityType(typeof(T))!.GetComplexProperties().Any())
            {
                await SqliteRows.InsertAsync(db, rows, ct, options.Provider == DatabaseProvider.SqlServer ? 50 : 1000).ConfigureAwait(false);
                return;
            }

            await db.BulkCopyAsync(new BulkCopyOptions { BulkCopyType = BulkCopyType.ProviderSpecific }, rows, ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is SqliteException or PostgresException or SqlException)
        {
            throw new DbUpdateException($"Writing {rows.Count} {typeof(T).Name} rows in bulk failed.", ex);
        }
    }
}
