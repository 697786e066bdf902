using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Testing;

namespace ResidentMedicalInsurance.Infrastructure.Tests;

public sealed class DriftTests
{
    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Migrated_schema_equals_the_model__a_model_change_without_a_migration_fails_here(DatabaseProvider provider)
    {
        await using var migrated = await TestDatabase.CreateMigratedAsync(provider);
        await using var fromModel = await TestDatabase.CreateAsync(provider);
        await fromModel.EnsureCreatedAsync();

        var differences = SchemaDrift.Differences(migrated.Options, fromModel.Options);

        Assert.True(differences.Count == 0, SchemaDrift.Explain(provider, differences));
        Assert.Contains(SchemaReader.Read(migrated.Options), l => l.StartsWith("table Townships", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Drift_check_reports_what_the_migrations_lack_and_what_they_add(DatabaseProvider provider)
    {
        await using var migrated = await TestDatabase.CreateMigratedAsync(provider);
        await using var fromModel = await TestDatabase.CreateAsync(provider);
        await fromModel.EnsureCreatedAsync();

        // As if the model had gained a column and the migrations had lost an index.
        await ExecuteAsync(fromModel, """ALTER TABLE "Tenants" ADD COLUMN "Region" varchar(20) NULL""");
        await ExecuteAsync(migrated, """DROP INDEX "IX_Tenants_Code" """);

        var differences = SchemaDrift.Differences(migrated.Options, fromModel.Options);

        Assert.Contains(differences, d => d.Contains("model has, migrations lack: column Tenants.Region", StringComparison.Ordinal));
        Assert.Contains(differences, d => d.Contains("model has, migrations lack: unique index Tenants IX_Tenants_Code (Code)", StringComparison.Ordinal));
        Assert.Contains("dotnet ef migrations add", SchemaDrift.Explain(provider, differences), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Every_migration_is_applied_and_none_is_pending(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var scope = database.Services.Provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Contains("20261201000000_Baseline", await db.Database.GetAppliedMigrationsAsync());
    }

    private static async Task ExecuteAsync(TestDatabase database, string sql)
    {
        await using var scope = database.Services.Provider.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.ExecuteSqlRawAsync(sql);
    }
}
