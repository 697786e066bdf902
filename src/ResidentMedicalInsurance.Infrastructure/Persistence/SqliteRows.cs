using System.Data.Common;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace ResidentMedicalInsurance.Infrastructure.Persistence;

/// <summary>
/// SQLite's bulk path (hand-written, ADR 0056): one prepared INSERT run once per row in the context's transaction.
/// Columns, value converters and parameter types come from EF's own model and type mappings, so a row is stored
/// exactly as SaveChanges would store it (GUIDs as upper-case text, times in UTC); linq2db's SQLite mapping differs.
/// SQLite is in-process: a prepared statement per row is its bulk copy.
/// </summary>
internal static class SqliteRows
{
    public static async Task InsertAsync<T>(AppDbContext db, IReadOnlyList<T> rows, CancellationToken ct)
        where T : class
    {
        var type = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        if (type.GetComplexProperties().Any() || type.GetProperties().Any(p => p.IsShadowProperty()))
        {
            throw new NotSupportedException($"{typeof(T).Name} has complex or shadow properties: write it through the change tracker.");
        }

        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var columns = type.GetProperties().Select(p => (Property: p, Mapping: (RelationalTypeMapping)p.GetRelationalTypeMapping(), Getter: p.GetGetter())).ToList();
        var owned = db.Database.CurrentTransaction is null;
        await using var transaction = owned ? await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false) : null;
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        command.CommandText = $"INSERT INTO \"{type.GetTableName()}\" ({string.Join(", ", columns.Select(c => $"\"{c.Property.GetColumnName(table)}\""))}) " +
            $"VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
        var parameters = columns.Select((c, i) => c.Mapping.CreateParameter(command, $"@p{i}", null, nullable: true)).ToArray();
        command.Parameters.AddRange(parameters);
        foreach (var row in rows)
        {
            for (var i = 0; i < columns.Count; i++)
            {
                var value = columns[i].Getter.GetClrValue(row);
                parameters[i].Value = (value is null ? null : columns[i].Mapping.Converter?.ConvertToProvider(value) ?? value) ?? DBNull.Value;
            }

            await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }

        if (transaction is not null)
        {
            await transaction.CommitAsync(ct).ConfigureAwait(false);
        }
    }
}
