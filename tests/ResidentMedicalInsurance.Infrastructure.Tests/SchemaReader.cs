using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Scaffolding;
using Microsoft.EntityFrameworkCore.Scaffolding.Metadata;
using Microsoft.Extensions.DependencyInjection;
using ResidentMedicalInsurance.Infrastructure.Persistence;

namespace ResidentMedicalInsurance.Infrastructure.Tests;

/// <summary>
/// Reads a live database's schema with the provider's own reverse-engineering reader (the one
/// <c>dbcontext scaffold</c> uses) and flattens it into sorted lines: tables, columns with store type,
/// nullability, default and provider annotations, primary keys, foreign keys, unique constraints and indexes.
/// </summary>
public static class SchemaReader
{
    /// <summary>SQLite's reader guesses a CLR type from the rows present: data, not schema.</summary>
    private const string DataInferredClrType = "ClrType";

    private static readonly string[] MigrationTables = ["__EFMigrationsHistory", "__EFMigrationsLock"];

    public static IReadOnlyList<string> Read(DatabaseOptions options)
    {
        var services = new ServiceCollection().AddLogging();
#pragma warning disable EF1001 // The providers' design-time services are "internal" API (what dotnet ef scaffold uses).
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                services.AddEntityFrameworkSqlite();
                new Microsoft.EntityFrameworkCore.Sqlite.Design.Internal.SqliteDesignTimeServices().ConfigureDesignTimeServices(services);
                break;
            case DatabaseProvider.PostgreSql:
                services.AddEntityFrameworkNpgsql();
                new Npgsql.EntityFrameworkCore.PostgreSQL.Design.Internal.NpgsqlDesignTimeServices().ConfigureDesignTimeServices(services);
                break;
            default:
                services.AddEntityFrameworkSqlServer();
                new Microsoft.EntityFrameworkCore.SqlServer.Design.Internal.SqlServerDesignTimeServices().ConfigureDesignTimeServices(services);
                break;
        }
#pragma warning restore EF1001

        using var provider = services.BuildServiceProvider();
        var model = provider.GetRequiredService<IDatabaseModelFactory>()
            .Create(options.ConnectionString, new DatabaseModelFactoryOptions());

        var lines = new List<string>();
        foreach (var table in model.Tables.Where(t => !MigrationTables.Contains(t.Name)))
        {
            lines.Add($"table {table.Name}");
            lines.AddRange(table.Columns.Select(c =>
                $"column {table.Name}.{c.Name} {c.StoreType} {(c.IsNullable ? "NULL" : "NOT NULL")}" +
                $"{(c.DefaultValueSql is null ? "" : $" DEFAULT {c.DefaultValueSql}")}" +
                $"{(c.ComputedColumnSql is null ? "" : $" AS {c.ComputedColumnSql}")}" +
                $"{(c.ValueGenerated is null ? "" : $" generated:{c.ValueGenerated}")}" +
                Annotations(c)));
            if (table.PrimaryKey is { } pk)
            {
                lines.Add($"primary key {table.Name} {pk.Name} ({Columns(pk.Columns)})");
            }

            lines.AddRange(table.ForeignKeys.Select(fk =>
                $"foreign key {table.Name} {fk.Name} ({Columns(fk.Columns)}) -> {fk.PrincipalTable.Name} ({Columns(fk.PrincipalColumns)}) on delete {fk.OnDelete}"));
            lines.AddRange(table.UniqueConstraints.Select(u => $"unique constraint {table.Name} {u.Name} ({Columns(u.Columns)})"));
            lines.AddRange(table.Indexes.Select(i =>
                $"{(i.IsUnique ? "unique index" : "index")} {table.Name} {i.Name} ({Columns(i.Columns)})" +
                $"{(i.Filter is null ? "" : $" where {i.Filter}")}"));
        }

        lines.AddRange(model.Sequences.Select(s => $"sequence {s.Schema}.{s.Name} {s.StoreType}"));
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static string Columns(IEnumerable<DatabaseColumn?> columns) => string.Join(", ", columns.Select(c => c?.Name));

    private static string Annotations(DatabaseColumn column)
    {
        var annotations = column.GetAnnotations()
            .Where(a => a.Name != DataInferredClrType)
            .Select(a => $"{a.Name}={a.Value}").Order(StringComparer.Ordinal).ToList();
        return annotations.Count == 0 ? "" : $" [{string.Join(", ", annotations)}]";
    }
}
