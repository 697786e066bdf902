using System.Diagnostics;
using System.Globalization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResidentMedicalInsurance.Application.Features.Accounts;
using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Infrastructure.Demo.Scale;
using ResidentMedicalInsurance.Infrastructure.Identity;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Infrastructure.Tenancy;
using static ResidentMedicalInsurance.Benchmarks.BenchmarkCounty;

namespace ResidentMedicalInsurance.Benchmarks;

/// <summary>
/// <c>accounts-credit [residents] [sqlite|postgresql] [server]</c> (ADR 0068): a fresh database with Lianyungang on its
/// 2008 profile filled by seed-scale, the business day on the credit-by day (2008-01-10); then 个人账户划入 for 2008 as
/// the nightly job sends it (one scope, the job's principal): the first run, which credits every paid person, and the
/// runs after it, which credit nobody. Baseline in the same run: the plain read of the year's paid enrolments the credit
/// cannot do without. The figures are ratios to that read.
/// </summary>
public static class AccountCreditMeasurement
{
    private const int Runs = 5;

    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        // 400,000 by default: seed-scale's birth dates for a 2008 year give at most 408,000 distinct ID numbers per county.
        var count = args.Count > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 400_000;
        var provider = args.Count > 1 && args[1].StartsWith("postgres", StringComparison.OrdinalIgnoreCase) ? DatabaseProvider.PostgreSql : DatabaseProvider.Sqlite;
        var server = args.Count > 2 ? args[2] : DefaultServer;
        await using var database = await BenchmarkDatabase.CreateAsync(provider, server, "accounts");
        { // the services (and their connections) end before the database is removed
            using var trace = SqlTrace.StartIfAsked();
            await using var services = Services(database.Options, new Dictionary<string, string?> { ["Clock:Start"] = "2008-01-10T01:30:00+08:00" });
            await services.GetRequiredService<DatabaseInitializer>().MigrateAsync();
            Guid tenant;
            await using (var scope = services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                tenant = await db.Tenants.IgnoreQueryFilters().Where(t => t.Code == "lianyungang").Select(t => t.Id).SingleAsync();
                await db.Tenants.IgnoreQueryFilters().Where(t => t.Id == tenant).ExecuteUpdateAsync(s => s.SetProperty(t => t.CurrentProfileId, "lianyungang-2008"));
            }

            var job = CurrentUser.JobPrincipal(tenant, "job", "job:personal-accounts");
            Task<AsyncServiceScope> NewScope() => Task.FromResult(services.GetRequiredService<IServiceScopeFactory>().CreateScopeAs(job));
            await using (var scope = await NewScope())
            {
                var seeded = await scope.ServiceProvider.GetRequiredService<ScaleSeeder>().SeedAsync(count, 0.85, 1, CancellationToken.None);
                Console.WriteLine($"{provider}: seed-scale lianyungang-2008 {seeded.Residents:N0} 名居民、参保 {seeded.Enrolled:N0}、缴费 {seeded.Paid:N0}，{seeded.Elapsed.TotalSeconds:F1} s；机器负载 {File.ReadAllText("/proc/loadavg").Trim()}");
            }

            var baseline = await BenchmarkDatabase.MedianAsync("基线：读取2008年度已缴费参保（3 列）", NewScope, async s =>
                (await s.GetRequiredService<AppDbContext>().Enrollments.AsNoTracking().Where(e => e.Year == 2008 && e.Status == EnrollmentStatus.Paid)
                    .Select(e => new { e.ResidentId, e.HouseholdId, e.TownshipId }).ToListAsync()).Count, n => $"{n:N0} 行", Runs);

            PersonalAccountsCredited first;
            var clock = Stopwatch.StartNew();
            await using (var scope = await NewScope())
            {
                first = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new CreditPersonalAccounts(2008));
            }

            var firstMs = clock.Elapsed.TotalMilliseconds;
            Report("首次划入（含明细与审计）", first.Credited, clock.Elapsed);
            Console.WriteLine($"    {first.Message}（对基线 {firstMs / baseline:F1} 倍）");

            var again = await BenchmarkDatabase.MedianAsync("再次划入（无人需要划入）", NewScope, async s =>
                await s.GetRequiredService<IMediator>().Send(new CreditPersonalAccounts(2008)), r => r.Message, Runs);
            Console.WriteLine($"    对基线 {again / baseline:F1} 倍");

            await using (var check = await NewScope())
            {
                var db = check.ServiceProvider.GetRequiredService<AppDbContext>();
                var entries = await db.PersonalAccountEntries.CountAsync(e => e.Year == 2008);
                var audits = await db.AuditEntries.CountAsync(a => a.EntityType == nameof(Domain.Accounts.PersonalAccountEntry));
                Console.WriteLine($"  复核：账户明细 {entries:N0} 行，审计 {audits:N0} 条，应为 {first.Credited:N0}");
            }

            return 0;
        }
    }
}
