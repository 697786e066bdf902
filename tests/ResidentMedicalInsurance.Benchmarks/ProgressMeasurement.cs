using System.Diagnostics;
using System.Globalization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResidentMedicalInsurance.Application.Features.Progress;
using ResidentMedicalInsurance.Infrastructure.Demo.Scale;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using static ResidentMedicalInsurance.Benchmarks.BenchmarkCounty;

namespace ResidentMedicalInsurance.Benchmarks;

/// <summary>
/// <c>progress [residents] [sqlite|postgresql] [server]</c> (ADR 0060): a fresh Youxi database filled by seed-scale (timed),
/// then <see cref="ProgressQuery"/> as county staff, each run in a scope of its own as a page view sends it: the median and
/// slowest of several runs, without a date and as of two dates (the subtraction path and the direct join). Goal: ≤ 100 ms.
/// </summary>
public static class ProgressMeasurement
{
    private const int Runs = 9;

    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var count = args.Count > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 452_184;
        var provider = args.Count > 1 && args[1].StartsWith("postgres", StringComparison.OrdinalIgnoreCase) ? DatabaseProvider.PostgreSql : DatabaseProvider.Sqlite;
        var server = args.Count > 2 ? args[2] : DefaultServer;
        var directory = Directory.CreateTempSubdirectory("rmi-progress-bench-");
        var options = provider == DatabaseProvider.Sqlite
            ? new DatabaseOptions { Provider = provider, ConnectionString = $"Data Source={Path.Combine(directory.FullName, "rmi.db")}" }
            : new DatabaseOptions { Provider = provider, ConnectionString = await CreatePostgresAsync(server) };
        try
        {
            using var trace = SqlTrace.StartIfAsked();
            await using var services = Services(options);
            await services.GetRequiredService<DatabaseInitializer>().MigrateAsync();
            ScaleSeedResult seeded;
            await using (var scope = await StaffScopeAsync(services))
            {
                seeded = await scope.ServiceProvider.GetRequiredService<ScaleSeeder>().SeedAsync(count, 0.85, 1, CancellationToken.None);
            }

            Console.WriteLine($"{provider}: seed-scale {seeded.Residents:N0} 名居民、{seeded.Households:N0} 户、参保 {seeded.Enrolled:N0}、缴费 {seeded.Paid:N0}（{seeded.Quotes:N0} 次报价），"
                + $"{seeded.Elapsed.TotalSeconds:F1} s；机器负载 {File.ReadAllText("/proc/loadavg").Trim()}");
            if (provider == DatabaseProvider.PostgreSql && Environment.GetEnvironmentVariable("RMI_BENCH_VACUUM") == "1")
            {
                // What autovacuum does to a live database after a bulk load: statistics, and the visibility map index-only scans need.
                await using var scope = services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.ExecuteSqlRawAsync("VACUUM ANALYZE");
                Console.WriteLine("  VACUUM ANALYZE 之后：");
            }

            foreach (var asOf in new DateOnly?[] { null, new DateOnly(2019, 12, 31), new DateOnly(2019, 9, 30) })
            {
                await MeasureAsync(services, asOf);
            }

            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            directory.Delete(recursive: true);
            if (provider == DatabaseProvider.PostgreSql)
            {
                await DropPostgresAsync(server, options.ConnectionString);
            }
        }
    }

    private static async Task MeasureAsync(ServiceProvider services, DateOnly? asOf)
    {
        var times = new List<double>();
        ProgressReport? report = null;
        for (var run = 0; run <= Runs; run++)
        {
            await using var scope = await StaffScopeAsync(services);
            var clock = Stopwatch.StartNew();
            report = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ProgressQuery(asOf));
            if (run > 0)
            {
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        times.Sort();
        var total = report!.Total;
        Console.WriteLine($"  ProgressQuery（{(asOf is { } d ? $"截至 {d:yyyy-MM-dd}" : "不限日期")}）：中位数 {times[times.Count / 2]:F1} ms，最慢 {times[^1]:F1} ms（{Runs} 次）；"
            + $"{report.Townships.Count} 个乡镇，任务 {total.Plan:N0}，登记 {total.Registered:N0}，参保 {total.Enrolled:N0}，缴费 {total.Paid:N0}，完成率 {total.Rate:P1}");
    }
}
