using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using ResidentMedicalInsurance.Domain.Households;
using ResidentMedicalInsurance.Domain.Payments;
using ResidentMedicalInsurance.Domain.Tenancy;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Testing;

namespace ResidentMedicalInsurance.Infrastructure.Tests;

/// <summary>The generated migrations of the three providers: complete, valid T-SQL, and an upgrade path from the hand-written ones.</summary>
public sealed class MigrationsTests
{
    public static TheoryData<DatabaseProvider> EveryProvider => new(Enum.GetValues<DatabaseProvider>());

    private static AppDbContext ModelOnly(DatabaseProvider provider) => DesignTimeContext.Create(provider);

    [Theory]
    [MemberData(nameof(EveryProvider))]
    public void The_model_has_no_change_that_lacks_a_migration(DatabaseProvider provider)
    {
        using var db = ModelOnly(provider);

        Assert.False(db.Database.HasPendingModelChanges(),
            $"The EF model changed without a migration for {provider}. Add one per provider:\n" +
            $"  dotnet ef migrations add <Name> --project src/ResidentMedicalInsurance.Migrations.{provider} " +
            $"--output-dir Migrations --namespace ResidentMedicalInsurance.Migrations.{provider}\n" +
            "(docs/decisions/0020-generated-migrations-per-provider.md)");
    }

    [Theory]
    [MemberData(nameof(EveryProvider))]
    public void Every_provider_has_its_own_migrations_starting_with_the_baseline(DatabaseProvider provider)
    {
        using var db = ModelOnly(provider);
        var migrations = db.GetService<IMigrationsAssembly>();

        Assert.Equal($"ResidentMedicalInsurance.Migrations.{provider}", migrations.Assembly.GetName().Name);
        Assert.Equal(LegacyMigrationHistory.Baseline, migrations.Migrations.Keys.First());
        Assert.NotNull(migrations.ModelSnapshot);
    }

    [Fact]
    public void The_SQL_Server_migration_script_and_create_script_parse_as_T_SQL()
    {
        using var db = ModelOnly(DatabaseProvider.SqlServer);
        var migrationScript = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        var createScript = db.Database.GenerateCreateScript();

        foreach (var (name, script) in new[] { ("migration script", migrationScript), ("GenerateCreateScript()", createScript) })
        {
            var parser = new TSql160Parser(initialQuotedIdentifiers: true);
            var fragment = parser.Parse(new StringReader(script), out var errors);

            Assert.True(errors.Count == 0,
                $"SQL Server {name}: {errors.Count} T-SQL errors:\n" +
                string.Join("\n", errors.Select(e => $"  line {e.Line}: {e.Message}")));
            Assert.NotNull(fragment);
            Assert.Contains("CREATE TABLE [Enrollments]", script, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_SQL_Server_model_has_no_key_or_index_on_nvarchar_max_and_identities_for_generated_keys()
    {
        using var db = ModelOnly(DatabaseProvider.SqlServer);
        var model = db.GetService<IDesignTimeModel>().Model;

        var onMax = model.GetEntityTypes()
            .SelectMany(t => t.GetKeys().Select(k => (t, k.Properties, "key"))
                .Concat(t.GetIndexes().Select(i => (t, i.Properties, "index")))
                .Concat(t.GetForeignKeys().Select(f => (t, f.Properties, "foreign key"))))
            .SelectMany(x => x.Properties.Select(p => (Table: x.t.GetTableName(), Column: p.GetColumnName(), Kind: x.Item3, Type: p.GetColumnType())))
            .Where(x => x.Type.Contains("max", StringComparison.OrdinalIgnoreCase))
            .ToList();
        Assert.True(onMax.Count == 0, string.Join("\n", onMax.Select(x => $"{x.Kind} on {x.Table}.{x.Column} {x.Type}")));

        var generatedIntKeys = model.GetEntityTypes()
            .Select(t => t.FindPrimaryKey())
            .Where(k => k is { Properties: [{ ClrType: var type, ValueGenerated: ValueGenerated.OnAdd }] } && type == typeof(int))
            .Select(k => k!.Properties[0])
            .ToList();
        Assert.NotEmpty(generatedIntKeys);
        Assert.All(generatedIntKeys, p => Assert.Equal(SqlServerValueGenerationStrategy.IdentityColumn, SqlServerPropertyExtensions.GetValueGenerationStrategy(p)));
    }

    [Fact]
    public void On_SQL_Server_vouchers_household_numbers_and_tenant_codes_compare_case_sensitively()
    {
        using var db = ModelOnly(DatabaseProvider.SqlServer);
        var model = db.GetService<IDesignTimeModel>().Model;

        string? Collation<T>(string property) => model.FindEntityType(typeof(T))!.FindProperty(property)!.GetCollation();
        Assert.EndsWith("_BIN2", Collation<Payment>(nameof(Payment.Voucher)), StringComparison.Ordinal);
        Assert.EndsWith("_BIN2", Collation<Household>(nameof(Household.Number)), StringComparison.Ordinal);
        Assert.EndsWith("_BIN2", Collation<Tenant>(nameof(Tenant.Code)), StringComparison.Ordinal);

        var live = model.FindEntityType(typeof(Domain.Enrollments.Enrollment))!.GetIndexes().Single(i => i.GetFilter() is not null);
        Assert.Equal("[Status] <> 2", live.GetFilter());
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Payments_recorded_before_PaidOn_existed_get_their_China_calendar_day_from_the_migration(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await database.BuildServices().Provider.GetRequiredService<Demo.DemoSeeder>().SeedAsync();
        await using var scope = database.Services.Provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Payments.IgnoreQueryFilters().ExecuteUpdateAsync(s => s.SetProperty(p => p.PaidOn, new DateOnly(2000, 1, 1)));
        // 00:30 on New Year's Day in China is still the old year in UTC: the day must be China's.
        var first = await db.Payments.IgnoreQueryFilters().Select(p => p.Id).FirstAsync();
        await db.Payments.IgnoreQueryFilters().Where(p => p.Id == first)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.PaidAt, new DateTimeOffset(2019, 12, 31, 16, 30, 0, TimeSpan.Zero)));
        var migrations = db.GetService<IMigrationsAssembly>();
        var backfill = migrations.CreateMigration(migrations.Migrations.Single(m => m.Key.EndsWith("_PaymentPaidOn", StringComparison.Ordinal)).Value, db.Database.ProviderName!)
            .UpOperations.OfType<Microsoft.EntityFrameworkCore.Migrations.Operations.SqlOperation>().Single();

        await db.Database.ExecuteSqlRawAsync(backfill.Sql);

        var payments = await db.Payments.IgnoreQueryFilters().AsNoTracking().Select(p => new { p.PaidAt, p.PaidOn }).ToListAsync();
        Assert.NotEmpty(payments);
        Assert.All(payments, p => Assert.Equal(Domain.Common.ChinaTime.DateOf(p.PaidAt), p.PaidOn));
        Assert.Contains(payments, p => p.PaidOn == new DateOnly(2020, 1, 1));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_database_made_by_the_hand_written_migrations_takes_the_baseline_as_applied(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await RewriteHistoryAsync(database, ["20261122000001_Initial", "20261122000002_ClerkWorkflow", LegacyMigrationHistory.LastHandWritten]);

        // Running the baseline on that schema would fail on the first CREATE TABLE.
        await database.MigrateAsync();

        await using var scope = database.Services.Provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Contains(LegacyMigrationHistory.Baseline, await db.Database.GetAppliedMigrationsAsync());
        Assert.True(await db.Tenants.IgnoreQueryFilters().AnyAsync());
    }

    [SqlServerFact]
    public async Task SQL_Server_runs_the_database_tests_when_a_server_is_configured()
    {
        Assert.Contains(DatabaseProvider.SqlServer, TestProviders.Available);
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.SqlServer);
        await using var scope = database.Services.Provider.CreateAsyncScope();
        Assert.Equal(Persistence.ReferenceData.ReferenceTenants.All.Count, await scope.ServiceProvider.GetRequiredService<AppDbContext>().Tenants.IgnoreQueryFilters().CountAsync());
    }

    private static async Task RewriteHistoryAsync(TestDatabase database, IEnumerable<string> migrationIds)
    {
        await using var scope = database.Services.Provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var history = db.GetService<IHistoryRepository>();
        await db.Database.ExecuteSqlRawAsync(history.GetDeleteScript(LegacyMigrationHistory.Baseline));
        foreach (var id in migrationIds)
        {
            await db.Database.ExecuteSqlRawAsync(history.GetInsertScript(new HistoryRow(id, "10.0.14")));
        }
    }
}
