using System.Globalization;
using System.Text;
using ResidentMedicalInsurance.Domain.Progress;
using ResidentMedicalInsurance.Infrastructure.Persistence;

namespace ResidentMedicalInsurance.Infrastructure.Progress;

/// <summary>
/// Adds a <see cref="TallyDelta"/> to the counter rows in the context's transaction: one upsert per hundred keys that
/// increments in the database (INSERT … ON CONFLICT DO UPDATE on SQLite and PostgreSQL, MERGE on SQL Server), so
/// two clerks saving at once both count: a read-then-write through the change tracker would lose one (ADR 0061).
/// </summary>
internal static class TallyWriter
{
    private const int KeysPerStatement = 100;

    private static readonly string[] VillageKeyColumns = ["TenantId", "TownshipId", "Village", "Year", "Category"];
    private static readonly string[] VillageCounts = ["Registered", "Enrolled", "Paid"];
    private static readonly string[] DayKeyColumns = ["TenantId", "TownshipId", "Year", "Category", "Day"];
    private static readonly string[] DayCounts = ["Paid"];

    public static async Task AddAsync(AppDbContext db, TallyDelta delta, CancellationToken ct)
    {
        var villages = delta.Villages.Where(v => v.Value != default)
            .Select(v => new object[] { v.Key.TenantId, v.Key.TownshipId, v.Key.Village, v.Key.Year, v.Key.Category, v.Value.Registered, v.Value.Enrolled, v.Value.Paid })
            .ToList();
        var days = delta.Days.Where(d => d.Value != 0)
            .Select(d => new object[] { d.Key.TenantId, d.Key.TownshipId, d.Key.Year, d.Key.Category, d.Key.Day, d.Value })
            .ToList();
        await UpsertAsync(db, "VillageTallies", VillageKeyColumns, VillageCounts, villages, ct).ConfigureAwait(false);
        await UpsertAsync(db, "PaidDayTallies", DayKeyColumns, DayCounts, days, ct).ConfigureAwait(false);
    }

    private static async Task UpsertAsync(AppDbContext db, string table, string[] keys, string[] counts, List<object[]> rows, CancellationToken ct)
    {
        foreach (var chunk in rows.Chunk(KeysPerStatement))
        {
            var values = Values(chunk, keys.Length + counts.Length);
            var sql = db.Database.IsSqlServer() ? Merge(table, keys, counts, values) : InsertOnConflict(table, keys, counts, values);
            await db.Database.ExecuteSqlRawAsync(sql, chunk.SelectMany(r => r), ct).ConfigureAwait(false);
        }
    }

    private static string Values(object[][] rows, int width)
    {
        var sql = new StringBuilder();
        for (var r = 0; r < rows.Length; r++)
        {
            sql.Append(r == 0 ? "(" : ", (").AppendJoin(", ", Enumerable.Range(r * width, width).Select(i => $"{{{i}}}")).Append(')');
        }

        return sql.ToString();
    }

    private static string InsertOnConflict(string table, string[] keys, string[] counts, string values) =>
        $"""
        INSERT INTO "{table}" ({Columns(keys.Concat(counts), "\"{0}\"")}) VALUES {values}
        ON CONFLICT ({Columns(keys, "\"{0}\"")}) DO UPDATE SET {Columns(counts, $"\"{{0}}\" = \"{table}\".\"{{0}}\" + excluded.\"{{0}}\"")}
        """;

    private static string Merge(string table, string[] keys, string[] counts, string values) =>
        $"""
        MERGE [{table}] WITH (HOLDLOCK) AS t USING (VALUES {values}) AS s ({Columns(keys.Concat(counts), "[{0}]")})
        ON {string.Join(" AND ", keys.Select(k => $"t.[{k}] = s.[{k}]"))}
        WHEN MATCHED THEN UPDATE SET {Columns(counts, "[{0}] = t.[{0}] + s.[{0}]")}
        WHEN NOT MATCHED THEN INSERT ({Columns(keys.Concat(counts), "[{0}]")}) VALUES ({Columns(keys.Concat(counts), "s.[{0}]")});
        """;

    private static string Columns(IEnumerable<string> columns, string format) =>
        string.Join(", ", columns.Select(c => string.Format(CultureInfo.InvariantCulture, format, c)));
}
