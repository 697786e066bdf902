using System.Globalization;
using System.Security.Claims;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResidentMedicalInsurance.Application.Features.Worklists;
using ResidentMedicalInsurance.Application.Security;
using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Infrastructure.Demo.Scale;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Infrastructure.Tenancy;
using static ResidentMedicalInsurance.Benchmarks.BenchmarkCounty;

namespace ResidentMedicalInsurance.Benchmarks;

/// <summary>
/// <c>worklists [residents] [sqlite|postgresql] [server]</c> (ADR 0063): a fresh Youxi database filled by seed-scale, half of
/// the unpaid enrolments of the largest township marked renewed and one resident in 40 of it certified (those of one
/// village in four with their enrolment removed), the business date on a day of the concentrated window; then each worklist
/// as a clerk of that township, page 1 and a village's page 1, each run in a scope of its own as a page view sends it:
/// the median and slowest of several runs. Goal: ≤ 200 ms server time.
/// </summary>
public static class WorklistMeasurement
{
    private const int Runs = 9;
    private const string Today = "2019-11-18T10:00:00+08:00";

    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var count = args.Count > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 452_184;
        var provider = args.Count > 1 && args[1].StartsWith("postgres", StringComparison.OrdinalIgnoreCase) ? DatabaseProvider.PostgreSql : DatabaseProvider.Sqlite;
        var server = args.Count > 2 ? args[2] : DefaultServer;
        await using var database = await BenchmarkDatabase.CreateAsync(provider, server, "worklist");
        { // the services (and their connections) end before the database is removed
            using var trace = SqlTrace.StartIfAsked();
            await using var services = Services(database.Options, new Dictionary<string, string?> { ["Clock:Start"] = Today });
            await services.GetRequiredService<DatabaseInitializer>().MigrateAsync();
            ScaleSeedResult seeded;
            await using (var scope = await StaffScopeAsync(services))
            {
                seeded = await scope.ServiceProvider.GetRequiredService<ScaleSeeder>().SeedAsync(count, 0.85, 1, CancellationToken.None);
            }

            Console.WriteLine($"{provider}: seed-scale {seeded.Residents:N0} 名居民、参保 {seeded.Enrolled:N0}、缴费 {seeded.Paid:N0}，{seeded.Elapsed.TotalSeconds:F1} s；机器负载 {File.ReadAllText("/proc/loadavg").Trim()}");
            var (tenant, township, name, village) = await PrepareAsync(services);
            if (provider == DatabaseProvider.PostgreSql && Environment.GetEnvironmentVariable("RMI_BENCH_VACUUM") == "1")
            {
                await using var scope = services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.ExecuteSqlRawAsync("VACUUM ANALYZE");
                Console.WriteLine("  VACUUM ANALYZE 之后：");
            }

            var clerk = Clerk(tenant, township);
            Console.WriteLine($"  经办员：{name}（{village} 为村筛选）");
            await MeasureAsync(services, clerk, "工作台汇总", new GetWorkbench(), b => string.Join("，", b.Lists.Select(l => $"{l.Name} {l.Total:N0}")));
            foreach (var kind in WorklistKinds.All)
            {
                await MeasureAsync(services, clerk, $"{WorklistTexts.Name(kind)} 第 1 页", new ListWorklist(kind), Describe);
                await MeasureAsync(services, clerk, $"{WorklistTexts.Name(kind)} {village} 第 1 页", new ListWorklist(kind, Village: village), Describe);
            }

            await using (var check = await StaffScopeAsync(services))
            {
                // A recount through the tenant filter: today's payments of the village.
                var db = check.ServiceProvider.GetRequiredService<AppDbContext>();
                var today = DateOnly.FromDateTime(DateTimeOffset.Parse(Today, CultureInfo.InvariantCulture).DateTime);
                var recount = await db.Payments.Where(p => p.PaidOn == today && p.TownshipId == township && p.Status == Domain.Payments.PaymentStatus.InForce)
                    .Join(db.Households.Where(h => h.Village == village), p => p.HouseholdId, h => h.Id, (p, h) => p.Id).CountAsync();
                Console.WriteLine($"  复核：{village} 今日缴费 {recount:N0} 笔");
            }

            await MeasureAsync(services, clerk, "待缴费 末页", new ListWorklist(WorklistKind.AwaitingPayment, Skip: 0), Describe, last: true);
            return 0;
        }
    }

    private static string Describe(WorklistPage page) => $"{page.Items.Count} 行，共 {page.Total:N0}" + (page.AmountFen > 0 ? $"，{page.AmountText}" : "");

    /// <summary>
    /// The township with the most residents: half its unpaid enrolments renewed; one resident in 40 certified, and in one
    /// village in four their enrolment removed (certified, not enrolled). Benchmark data only, written with set-based SQL.
    /// </summary>
    private static async Task<(Guid Tenant, Guid Township, string Name, string Village)> PrepareAsync(ServiceProvider services)
    {
        await using var scope = await StaffScopeAsync(services);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var tenant = (await db.Tenants.SingleAsync()).Id;
        var year = (await db.Enrollments.Select(e => e.Year).MaxAsync());
        var largest = await db.Residents.GroupBy(r => r.TownshipId).Select(g => new { Township = g.Key, Count = g.Count() })
            .OrderByDescending(g => g.Count).FirstAsync();
        var name = await db.Townships.Where(t => t.Id == largest.Township).Select(t => t.Name).SingleAsync();
        var villages = await db.Households.Where(h => h.TownshipId == largest.Township).Select(h => h.Village).Distinct().OrderBy(v => v).ToListAsync();
        var renewedVillages = villages.Where((_, i) => i % 2 == 0).ToList();
        var renewed = await db.Enrollments
            .Where(e => e.TownshipId == largest.Township && e.Year == year && e.Status == EnrollmentStatus.AwaitingPayment
                && db.Households.Any(h => h.Id == e.HouseholdId && renewedVillages.Contains(h.Village)))
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Renewed, true));

        var residents = await db.Residents.Where(r => r.TownshipId == largest.Township).OrderBy(r => r.IdNumber)
            .Select(r => new { r.Id, r.HouseholdId }).ToListAsync();
        var chosen = residents.Where((_, i) => i % 40 == 0).ToList();
        db.SubsidyCertifications.AddRange(chosen.Select(r => new SubsidyCertification
        {
            Id = Guid.CreateVersion7(), TenantId = tenant, ResidentId = r.Id, HouseholdId = r.HouseholdId, Code = "canji", Year = year,
            CertifiedOn = new DateOnly(year - 1, 6, 1), Department = "残联", Source = "benchmark", ApprovedAt = DateTimeOffset.UtcNow, ApprovedBy = "bench",
        }));
        await db.SaveChangesAsync();
        var unenrolledVillages = villages.Where((_, i) => i % 4 == 1).ToList();
        var chosenIds = chosen.Select(c => c.Id).ToList();
        var removed = await db.Enrollments
            .Where(e => chosenIds.Contains(e.ResidentId) && db.Households.Any(h => h.Id == e.HouseholdId && unenrolledVillages.Contains(h.Village)))
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, EnrollmentStatus.Ended));
        Console.WriteLine($"  {name}：居民 {largest.Count:N0}，{villages.Count} 个村；续保标记 {renewed:N0}，认定 {chosen.Count:N0}（其中参保终止 {removed:N0}）");
        return (tenant, largest.Township, name, villages[1]);
    }

    private static ClaimsPrincipal Clerk(Guid tenant, Guid township) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, "bench-clerk"),
            new Claim(ClaimTypes.Name, "bench-clerk"),
            new Claim(ClaimTypes.Role, Roles.Clerk),
            new Claim(AppClaimTypes.TenantId, tenant.ToString()),
            new Claim(AppClaimTypes.TownshipId, township.ToString()),
        ],
        authenticationType: "bench"));

    private static async Task MeasureAsync<T>(ServiceProvider services, ClaimsPrincipal clerk, string what, IRequest<T> request, Func<T, string> describe, bool last = false)
    {
        if (last && request is ListWorklist first)
        {
            await using var scope = services.GetRequiredService<IServiceScopeFactory>().CreateScopeAs(clerk);
            var total = (await scope.ServiceProvider.GetRequiredService<IMediator>().Send(first)).Total;
            request = (IRequest<T>)(object)(first with { Skip = Math.Max(0, (total - 1) / ListWorklist.PageSize * ListWorklist.PageSize) });
        }

        await BenchmarkDatabase.MedianAsync(what, () => Task.FromResult(services.GetRequiredService<IServiceScopeFactory>().CreateScopeAs(clerk)),
            scope => scope.GetRequiredService<IMediator>().Send(request), describe, Runs);
    }
}
