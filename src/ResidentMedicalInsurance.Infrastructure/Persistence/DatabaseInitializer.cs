using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ResidentMedicalInsurance.Application.Security;
using ResidentMedicalInsurance.Domain.Progress;
using ResidentMedicalInsurance.Domain.Tenancy;
using ResidentMedicalInsurance.Infrastructure.Demo;
using ResidentMedicalInsurance.Infrastructure.Persistence.ReferenceData;
using ResidentMedicalInsurance.Infrastructure.Progress;
using ResidentMedicalInsurance.Infrastructure.Tenancy;

namespace ResidentMedicalInsurance.Infrastructure.Persistence;

/// <summary>
/// Brings a database to the current schema and reference data: creates the SQLite data folder,
/// applies the provider's generated migrations, switches SQLite to WAL, then adds the roles, tenants and townships that
/// are missing (idempotent; rows already there are never changed).
/// </summary>
public sealed class DatabaseInitializer(IServiceScopeFactory scopes, DatabaseOptions options, ILogger<DatabaseInitializer> logger)
{
    /// <summary>
    /// Migrations and reference data, then the demo data when <paramref name="seedDemo"/> (what <c>rmi seed-demo</c>
    /// does). Needs AddInfrastructure, and AddPortalIdentityCore for the demo users.
    /// </summary>
    public static async Task InitializeAsync(IServiceProvider services, bool seedDemo, CancellationToken cancellationToken = default)
    {
        await services.GetRequiredService<DatabaseInitializer>().MigrateAsync(cancellationToken).ConfigureAwait(false);
        if (seedDemo)
        {
            await services.GetRequiredService<DemoSeeder>().SeedAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>What <c>rmi migrate</c> does.</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        EnsureSqliteFolder();
        List<string> pending;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await LegacyMigrationHistory.AdoptAsync(db, cancellationToken).ConfigureAwait(false);
            pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)).ToList();
            await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
            if (options.Provider == DatabaseProvider.Sqlite)
            {
                // Persistent in the file: readers no longer block the writer.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
            }

            logger.LogInformation("Database migrated ({Provider}); applied {Count} migrations: {Migrations}",
                options.Provider, pending.Count, string.Join(", ", pending));
        }

        await SeedReferenceDataAsync(cancellationToken).ConfigureAwait(false);
        if (pending.Any(m => m.EndsWith("_" + CountersMigration, StringComparison.Ordinal)))
        {
            await RecountProgressAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The migration that created the progress counters: the rows that existed before it are counted once.</summary>
    private const string CountersMigration = "CampaignProgress";

    private async Task RecountProgressAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var tenants = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Tenants.IgnoreQueryFilters()
            .Select(t => t.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var tenant in tenants)
        {
            await using var tenantScope = scopes.CreateSystemScope(tenant);
            var db = tenantScope.ServiceProvider.GetRequiredService<AppDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await TallyRecount.RecountAsync(db, tenant, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Start-up of a host: migrates when <see cref="DatabaseOptions.MigrateAtStartup"/> says so (default: the
    /// embedded SQLite database only); otherwise refuses to start on a database that lacks migrations.
    /// </summary>
    public async Task InitializeAtStartupAsync(CancellationToken cancellationToken = default)
    {
        if (options.MigrateAtStartup ?? options.Provider == DatabaseProvider.Sqlite)
        {
            await MigrateAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)).ToList();
        if (pending.Count > 0)
        {
            throw new InvalidOperationException(
                $"数据库结构不是最新版本（缺少迁移：{string.Join("，", pending)}）。请先运行 rmi migrate 再启动。");
        }
    }

    /// <summary>Adds missing roles, tenants, townships and the notices' township plans.</summary>
    public async Task SeedReferenceDataAsync(CancellationToken cancellationToken = default)
    {
        Dictionary<string, Guid> tenantIds;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await SeedRolesAsync(db, cancellationToken).ConfigureAwait(false);

            var existing = await db.Tenants.IgnoreQueryFilters().ToDictionaryAsync(t => t.Code, cancellationToken).ConfigureAwait(false);
            foreach (var reference in ReferenceTenants.All.Where(r => !existing.ContainsKey(r.Code)))
            {
                var tenant = new Tenant
                {
                    Id = Guid.CreateVersion7(),
                    Code = reference.Code,
                    Name = reference.Name,
                    CurrentProfileId = reference.CurrentProfileId,
                };
                db.Tenants.Add(tenant);
                existing[tenant.Code] = tenant;
                logger.LogInformation("Reference data: tenant {Code} {Name} added", tenant.Code, tenant.Name);
            }

            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            tenantIds = existing.ToDictionary(p => p.Key, p => p.Value.Id);
        }

        foreach (var reference in ReferenceTenants.All)
        {
            // Townships are tenant-owned: written as that tenant's system user, so the save-time guard applies.
            await using var scope = scopes.CreateSystemScope(tenantIds[reference.Code]);
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var townships = await db.Townships.ToDictionaryAsync(t => t.Name, cancellationToken).ConfigureAwait(false);
            var order = 0;
            foreach (var township in reference.Townships)
            {
                order++;
                if (!townships.ContainsKey(township.Name))
                {
                    townships[township.Name] = db.Townships.Add(new Township
                    {
                        Id = Guid.CreateVersion7(),
                        Name = township.Name,
                        SortOrder = order,
                        Population = township.Population,
                    }).Entity;
                }
            }

            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            var planned = await db.TownshipPlans.Where(p => p.Year == reference.PlanYear).Select(p => p.TownshipId).ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var township in reference.Townships.Where(t => t.QuotaPlan is not null && !planned.Contains(townships[t.Name].Id)))
            {
                db.TownshipPlans.Add(new TownshipPlan
                {
                    Id = Guid.CreateVersion7(),
                    TownshipId = townships[township.Name].Id,
                    Year = reference.PlanYear,
                    Persons = township.QuotaPlan!.Value,
                    Source = PlanSource.Notice,
                    EnteredAt = DateTimeOffset.UtcNow,
                });
            }

            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task SeedRolesAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var existing = await db.Roles.Select(r => r.Name).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var role in Roles.All.Where(r => !existing.Contains(r)))
        {
            // Same normalisation as Identity's default UpperInvariantLookupNormalizer.
            db.Roles.Add(new IdentityRole(role) { NormalizedName = role.ToUpperInvariant(), ConcurrencyStamp = Guid.NewGuid().ToString() });
        }
    }

    private void EnsureSqliteFolder()
    {
        if (options.Provider != DatabaseProvider.Sqlite)
        {
            return;
        }

        var builder = new SqliteConnectionStringBuilder(options.ConnectionString);
        if (builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:")
        {
            return;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }
}
