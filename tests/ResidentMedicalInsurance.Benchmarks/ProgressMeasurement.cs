using System.Globalization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResidentMedicalInsurance.Application.Features.Progress;
using ResidentMedicalInsurance.Domain.Tenancy;
using ResidentMedicalInsurance.Infrastructure.Demo.Scale;
using ResidentMedicalInsurance.Infrastructure.Identity;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Infrastructure.Progress;
using ResidentMedicalInsurance.Infrastructure.Tenancy;
using static ResidentMedicalInsurance.Benchmarks.BenchmarkCounty;

namespace ResidentMedicalInsurance.Benchmarks;

/// <summary>
/// <c>progress [residents] [sqlite|postgresql] [server] [counties]</c> (ADR 0060, 0061): a fresh database with Youxi filled by
/// seed-scale (timed) and, for a province-size deployment, <c>counties − 1</c> more synthetic counties of the same size
/// (Youxi's profile and townships; ID numbers are unique per tenant). Then, as Youxi's county staff, each run in a scope
/// of its own as a page view sends it, the median and slowest of several runs of the dashboard's township table (without
/// a date and as of two dates), its chart and a village drill-down; and, as the baseline in the same run, the recount
/// of Youxi's counters from the rows. Goal: ≤ 100 ms for table and chart at Youxi's size, within 2x at ten times the data.
/// </summary>
public static class ProgressMeasurement
{
    private const int Runs = 9;

    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var count = args.Count > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 452_184;
        var provider = args.Count > 1 && args[1].StartsWith("postgres", StringComparison.OrdinalIgnoreCase) ? DatabaseProvider.PostgreSql : DatabaseProvider.Sqlite;
        var server = args.Count > 2 && args[2] != "-" ? args[2] : DefaultServer;
        var counties = args.Count > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 1;
        await using var database = await BenchmarkDatabase.CreateAsync(provider, server, "progress");
        { // the services (and their connections) end before the database is removed
            using var trace = SqlTrace.StartIfAsked();
            await using var services = Services(database.Options);
            await services.GetRequiredService<DatabaseInitializer>().MigrateAsync();
            var youxi = await TenantIdAsync(services, "youxi");
            await SeedAsync(services, youxi, count, provider);
            for (var i = 2; i <= counties; i++)
            {
                await SeedAsync(services, await AddCountyAsync(services, youxi, $"bench{i}"), count, provider);
            }

            if (provider == DatabaseProvider.PostgreSql && Environment.GetEnvironmentVariable("RMI_BENCH_VACUUM") == "1")
            {
                // What autovacuum does to a live database after a bulk load: statistics, and the visibility map index-only scans need.
                await using var scope = services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
                await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE");
                Console.WriteLine("  VACUUM ANALYZE 之后：");
            }

            await using (var scope = services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                Console.WriteLine($"  数据库共 {await db.Residents.IgnoreQueryFilters().CountAsync():N0} 名居民、{counties} 个县；计数行 {await db.VillageTallies.IgnoreQueryFilters().CountAsync():N0} + {await db.PaidDayTallies.IgnoreQueryFilters().CountAsync():N0}");
            }

            await using (var scope = services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                var stored = await TallyRecount.StoredAsync(db, youxi, CancellationToken.None);
                var recount = await TallyRecount.CountAsync(db, youxi, CancellationToken.None);
                var same = stored.Lines().SequenceEqual(recount.Lines());
                Console.WriteLine($"  seed-scale 写入的计数{(same ? "与重新计数一致" : "与重新计数不一致！")}");
            }

            var chengguan = await FirstTownshipAsync(services, youxi);
            var baseline = await MeasureAsync(services, "基线：从行重新计数（TallyRecount）", async s =>
                (await TallyRecount.CountAsync(s.GetRequiredService<AppDbContext>(), youxi, CancellationToken.None)).Villages.Count + " 个计数键");
            foreach (var asOf in new DateOnly?[] { null, new DateOnly(2019, 12, 31), new DateOnly(2019, 9, 30) })
            {
                var ms = await MeasureAsync(services, $"ProgressQuery（{(asOf is { } d ? $"截至 {d:yyyy-MM-dd}" : "不限日期")}）", async s =>
                {
                    var report = await s.GetRequiredService<IMediator>().Send(new ProgressQuery(asOf));
                    return $"{report.Townships.Count} 个乡镇，任务 {report.Total.Plan:N0}，登记 {report.Total.Registered:N0}，参保 {report.Total.Enrolled:N0}，缴费 {report.Total.Paid:N0}，完成率 {report.Total.Rate:P1}";
                });
                Console.WriteLine($"    对基线：{baseline / ms:F0} 倍");
            }

            await MeasureAsync(services, "PaidPerDayQuery（图表）", async s =>
            {
                var chart = await s.GetRequiredService<IMediator>().Send(new PaidPerDayQuery());
                return $"{chart.Days.Count} 天，已缴费 {chart.PaidSoFar:N0}";
            });
            await MeasureAsync(services, "VillageProgressQuery（城关镇各村）", async s =>
                $"{(await s.GetRequiredService<IMediator>().Send(new VillageProgressQuery(chengguan))).Villages.Count} 个村");
            return 0;
        }
    }

    private static async Task SeedAsync(ServiceProvider services, Guid tenant, int count, DatabaseProvider provider)
    {
        await using var scope = services.GetRequiredService<IServiceScopeFactory>().CreateScopeAs(CurrentUser.JobPrincipal(tenant, "bench", "bench"));
        var seeded = await scope.ServiceProvider.GetRequiredService<ScaleSeeder>().SeedAsync(count, 0.85, 1, CancellationToken.None);
        Console.WriteLine($"{provider}: seed-scale {seeded.Residents:N0} 名居民、{seeded.Households:N0} 户、参保 {seeded.Enrolled:N0}、缴费 {seeded.Paid:N0}（{seeded.Quotes:N0} 次报价），"
            + $"{seeded.Elapsed.TotalSeconds:F1} s；机器负载 {File.ReadAllText("/proc/loadavg").Trim()}");
    }

    /// <summary>Another county of the deployment: Youxi's profile and township names under its own tenant.</summary>
    private static async Task<Guid> AddCountyAsync(ServiceProvider services, Guid youxi, string code)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var tenant = new Tenant { Id = Guid.CreateVersion7(), Code = code, Name = $"模拟县{code}", CurrentProfileId = "youxi-2020" };
        db.Tenants.Add(tenant);
        await db.SaveChangesAsync();
        var townships = await db.Townships.IgnoreQueryFilters().AsNoTracking().Where(t => t.TenantId == youxi).ToListAsync();
        await using var own = services.GetRequiredService<IServiceScopeFactory>().CreateScopeAs(CurrentUser.JobPrincipal(tenant.Id, "bench", "bench"));
        var ownDb = own.ServiceProvider.GetRequiredService<AppDbContext>();
        ownDb.Townships.AddRange(townships.Select(t => new Township { Id = Guid.CreateVersion7(), Name = t.Name, SortOrder = t.SortOrder, Population = t.Population }));
        await ownDb.SaveChangesAsync();
        return tenant.Id;
    }

    private static async Task<Guid> TenantIdAsync(ServiceProvider services, string code)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Tenants.IgnoreQueryFilters().Where(t => t.Code == code).Select(t => t.Id).SingleAsync();
    }

    private static async Task<Guid> FirstTownshipAsync(ServiceProvider services, Guid tenant)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Townships.IgnoreQueryFilters()
            .Where(t => t.TenantId == tenant).OrderBy(t => t.SortOrder).Select(t => t.Id).FirstAsync();
    }

    private static Task<double> MeasureAsync(ServiceProvider services, string what, Func<IServiceProvider, Task<string>> run) =>
        BenchmarkDatabase.MedianAsync(what, () => StaffScopeAsync(services), run, result => result, Runs);
}
