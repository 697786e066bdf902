using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ResidentMedicalInsurance.Infrastructure.Persistence;

/// <summary>
/// Databases made before the generated migrations (the three hand-written ones up to
/// <see cref="LastHandWritten"/>) already have exactly the schema that the generated
/// <see cref="Baseline"/> creates: both equalled the same model in the drift test. Such a database
/// records the baseline as applied instead of running it (docs/decisions/0020).
/// </summary>
public static class LegacyMigrationHistory
{
    public const string LastHandWritten = "20261122000003_ReenrolAfterRefund";
    public const string Baseline = "20261201000000_Baseline";

    internal static async Task AdoptAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var history = db.GetService<IHistoryRepository>();
        if (!await history.ExistsAsync(cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var applied = (await history.GetAppliedMigrationsAsync(cancellationToken).ConfigureAwait(false))
            .Select(r => r.MigrationId).ToHashSet(StringComparer.Ordinal);
        if (!applied.Contains(LastHandWritten) || applied.Contains(Baseline))
        {
            return;
        }

        var row = new HistoryRow(Baseline, ProductInfo.GetVersion());
        await db.Database.ExecuteSqlRawAsync(history.GetInsertScript(row), cancellationToken).ConfigureAwait(false);
    }
}
