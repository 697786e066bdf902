using System.Reflection;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace ResidentMedicalInsurance.Infrastructure.Persistence;

/// <summary>
/// SQLite's bulk path (hand-written, ADR 0056): one prepared INSERT run once per row in the context's transaction.
/// Columns, value converters and parameter types come from EF's own model and type mappings, so a row is stored
/// exactly as SaveChanges would store it (GUIDs as upper-case text, times in UTC); linq2db's SQLite mapping differs.
/// SQLite is in-process: a prepared statement per row is its bulk copy. A complex property (an enrolment's
/// circumstances) is written as its columns. With <c>rowsPerStatement</c> above 1 the same INSERT takes that many
/// rows per statement: the path of rows with complex properties on a server database (ADR 0060).
/// </summary>
internal static class SqliteRows
{
    private sealed record Column(IProperty Property, RelationalTypeMapping Mapping, Func<object, object?> Value);

    public static async Task InsertAsync<T>(AppDbContext db, IReadOnlyList<T> rows, CancellationToken ct, int rowsPerStatement = 1)
        where T : class
    {
        var type = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        if (type.GetProperties().Any(p => p.IsShadowProperty()) || type.GetComplexProperties().Any(c => c.ComplexType.GetComplexProperties().Any()))
        {
            throw new NotSupportedException($"{typeof(T).Name} has shadow or nested complex properties: write it through the change tracker.");
        }

        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var columns = Columns(type);
        var owned = db.Database.CurrentTransaction is null;
        await using var transaction = owned ? await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false) : null;
        var names = string.Join(", ", columns.Select(c => $"\"{c.Property.GetColumnName(table)}\""));
        var full = rows.Count / rowsPerStatement * rowsPerStatement;
        await RunAsync(db, type.GetTableName()!, names, columns, rows, 0, full, rowsPerStatement, ct).ConfigureAwait(false);
        await RunAsync(db, type.GetTableName()!, names, columns, rows, full, rows.Count - full, rows.Count - full, ct).ConfigureAwait(false);
        if (transaction is not null)
        {
            await transaction.CommitAsync(ct).ConfigureAwait(false);
        }
    }

    /// <summary>Rows [start, start + length) by one command of <paramref name="per"/> rows, run again for each group.</summary>
    private static async Task RunAsync<T>(
        AppDbContext db, string tableName, string names, List<Column> columns, IReadOnlyList<T> rows, int start, int length, int per, CancellationToken ct)
        where T : class
    {
        if (length == 0)
        {
            return;
        }

        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        command.CommandText = $"INSERT INTO \"{tableName}\" ({names}) VALUES " + string.Join(", ", Enumerable.Range(0, per)
            .Select(r => $"({string.Join(", ", columns.Select((_, i) => $"@p{(r * columns.Count) + i}"))})"));
        var parameters = Enumerable.Range(0, per * columns.Count)
            .Select(i => columns[i % columns.Count].Mapping.CreateParameter(command, $"@p{i}", null, nullable: true)).ToArray();
        command.Parameters.AddRange(parameters);
        for (var r = start; r < start + length; r += per)
        {
            for (var k = 0; k < per; k++)
            {
                for (var i = 0; i < columns.Count; i++)
                {
                    var value = columns[i].Value(rows[r + k]);
                    parameters[(k * columns.Count) + i].Value = (value is null ? null : columns[i].Mapping.Converter?.ConvertToProvider(value) ?? value) ?? DBNull.Value;
                }
            }

            await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
    }

    private static List<Column> Columns(IEntityType type)
    {
        var columns = type.GetProperties()
            .Select(p => new Column(p, (RelationalTypeMapping)p.GetRelationalTypeMapping(), p.GetGetter().GetClrValue)).ToList();
        foreach (var complex in type.GetComplexProperties())
        {
            var owner = complex.PropertyInfo ?? throw new NotSupportedException($"{complex.Name} is not a CLR property.");
            columns.AddRange(complex.ComplexType.GetProperties().Select(p => new Column(
                p, (RelationalTypeMapping)p.GetRelationalTypeMapping(), Nested(owner, p.PropertyInfo!))));
        }

        return columns;
    }

    private static Func<object, object?> Nested(PropertyInfo owner, PropertyInfo property) =>
        row => owner.GetValue(row) is { } value ? property.GetValue(value) : null;
}
