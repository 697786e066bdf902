using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ResidentMedicalInsurance.Application.Security;
using ResidentMedicalInsurance.Domain.Progress;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Testing;

namespace ResidentMedicalInsurance.Infrastructure.Tests;

public sealed class ReferenceDataTests
{
    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Migrate_seeds_the_four_counties_townships_and_roles_once(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await database.MigrateAsync(); // a second run adds nothing

        await using var scope = database.Services.Provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var tenants = await db.Tenants.IgnoreQueryFilters().OrderBy(t => t.Code).ToListAsync();
        Assert.Equal(
            ["haimen 海门市 haimen-2020", "lianyungang 连云港市 lianyungang-2020", "shiquan 石泉县 shiquan-2021", "youxi 尤溪县 youxi-2020"],
            tenants.Select(t => $"{t.Code} {t.Name} {t.CurrentProfileId}"));
        Assert.Equal(Roles.All.Order(), (await db.Roles.Select(r => r.Name!).ToListAsync()).Order());

        var townships = await db.Townships.IgnoreQueryFilters().ToListAsync();
        int Count(string code) => townships.Count(t => t.TenantId == tenants.Single(x => x.Code == code).Id);
        Assert.Equal(7, Count("lianyungang"));
        Assert.Equal(4, Count("haimen"));
        Assert.Equal(11, Count("shiquan"));
        Assert.Equal(15, Count("youxi"));

        var plans = await db.TownshipPlans.IgnoreQueryFilters().ToListAsync();
        var plan = plans.ToDictionary(p => p.TownshipId, p => (p.Year, p.Persons, p.Source));
        var shiquan = townships.Where(t => t.TenantId == tenants.Single(x => x.Code == "shiquan").Id).ToList();
        Assert.Equal(154565, shiquan.Sum(t => plan[t.Id].Persons));
        Assert.All(shiquan, t => Assert.Equal((2021, PlanSource.Notice), (plan[t.Id].Year, plan[t.Id].Source)));
        var youxi = townships.Where(t => t.TenantId == tenants.Single(x => x.Code == "youxi").Id).OrderBy(t => t.SortOrder).ToList();
        Assert.Equal(452184, youxi.Sum(t => t.Population));
        Assert.Equal(388800, youxi.Sum(t => plan[t.Id].Persons));
        Assert.All(youxi, t => Assert.Equal(2020, plan[t.Id].Year));
        Assert.Equal(("城关镇", 57645, 30224), (youxi[0].Name, youxi[0].Population!.Value, plan[youxi[0].Id].Persons));
        Assert.Equal("尤溪口镇", youxi[^1].Name);

        // Real data only: no plans invented for the counties whose notices give none, no users.
        Assert.All(townships.Where(t => t.TenantId == tenants.Single(x => x.Code == "haimen").Id), t => Assert.False(plan.ContainsKey(t.Id)));
        Assert.Equal(11 + 15, plans.Count);
        Assert.Empty(await db.Users.ToListAsync());
    }

    [Fact]
    public async Task Sqlite_database_is_switched_to_WAL_and_its_data_folder_created()
    {
        var folder = Path.Combine(Path.GetTempPath(), "rmi-tests", Guid.NewGuid().ToString("N"), "data");
        var options = new DatabaseOptions { ConnectionString = $"Data Source={Path.Combine(folder, "rmi.db")};Pooling=False" };
        var services = new ServiceCollection().AddLogging().AddInfrastructure(
            new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:ConnectionString"] = options.ConnectionString,
            }).Build());
        try
        {
            await using (var provider = services.BuildServiceProvider())
            {
                await provider.GetRequiredService<DatabaseInitializer>().InitializeAtStartupAsync();
                await using var scope = provider.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                var mode = await db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync();
                Assert.Equal("wal", Assert.Single(mode));
                Assert.Equal(4, await db.Tenants.IgnoreQueryFilters().CountAsync());
            }
        }
        finally
        {
            if (Directory.Exists(Path.GetDirectoryName(folder)))
            {
                Directory.Delete(Path.GetDirectoryName(folder)!, recursive: true);
            }
        }
    }

    [Fact]
    public async Task PostgreSql_start_up_refuses_an_unmigrated_database_with_a_hint()
    {
        if (!TestProviders.Available.Contains(DatabaseProvider.PostgreSql))
        {
            return; // covered when RMI_TEST_POSTGRES is set (RMI_REQUIRE_POSTGRES=1 makes that mandatory)
        }

        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSql);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => database.Services.Provider.GetRequiredService<DatabaseInitializer>().InitializeAtStartupAsync());
        Assert.Contains("rmi migrate", error.Message, StringComparison.Ordinal);
    }
}
