using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using ResidentMedicalInsurance.Application.Features.Enrollments;
using ResidentMedicalInsurance.Application.Features.Households;
using ResidentMedicalInsurance.Application.Features.Payments;
using ResidentMedicalInsurance.Application.Security;
using ResidentMedicalInsurance.Domain.Households;
using ResidentMedicalInsurance.Domain.Residents;
using ResidentMedicalInsurance.Domain.Tenancy;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.LoadHarness;

// 50 clerks (5 per township) each repeat register-household + enrol + pay for the given time;
// server time is measured around each mediator call (pipeline, handler, database).
var options = HarnessOptions.Parse(args);
var (services, cleanup) = await HarnessServices.CreateAsync(options);
try
{
    var tenantId = Guid.CreateVersion7();
    var townships = Enumerable.Range(0, 10).Select(_ => Guid.CreateVersion7()).ToArray();
    await using (var scope = services.CreateAsyncScope())
    {
        var user = scope.ServiceProvider.GetRequiredService<HarnessUser>();
        user.Name = "seed";
        user.TenantId = tenantId;
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Tenants.Add(new Tenant { Id = tenantId, Code = "youxi", Name = "尤溪县", CurrentProfileId = "youxi-2020" });
        for (var i = 0; i < townships.Length; i++)
        {
            db.Townships.Add(new Township { Id = townships[i], TenantId = tenantId, Name = $"乡镇{i + 1}", SortOrder = i });
        }

        await db.SaveChangesAsync();
    }

    var timings = new ConcurrentDictionary<string, ConcurrentBag<double>>();
    var errors = new ConcurrentBag<string>();
    var deadline = Stopwatch.StartNew();
    var limit = TimeSpan.FromSeconds(options.Seconds);

    async Task<T> Timed<T>(string kind, HarnessUser clerk, IRequest<T> request)
    {
        await using var scope = services.CreateAsyncScope();
        var user = scope.ServiceProvider.GetRequiredService<HarnessUser>();
        (user.Name, user.TenantId, user.Roles, user.Townships) = (clerk.Name, clerk.TenantId, clerk.Roles, clerk.Townships);
        var started = Stopwatch.GetTimestamp();
        var result = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
        timings.GetOrAdd(kind, _ => []).Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return result;
    }

    async Task Clerk(int index)
    {
        var clerk = new HarnessUser
        {
            Name = $"clerk-{index:00}", TenantId = tenantId, Roles = [Roles.Clerk], Townships = [townships[index % townships.Length]],
        };
        for (var n = 0; deadline.Elapsed < limit; n++)
        {
            try
            {
                var started = Stopwatch.GetTimestamp();
                var birth = new DateOnly(1950, 1, 1).AddDays(n % 20000);
                var first17 = string.Create(CultureInfo.InvariantCulture, $"350426{birth:yyyyMMdd}{index * 20 + n / 20000 % 20:000}");
                var registration = await Timed("RegisterHousehold", clerk, new RegisterHousehold
                {
                    TownshipId = clerk.Townships[0],
                    Village = $"村{n % 12}",
                    HouseholdNumber = $"C{index:00}-{n:000000}",
                    Address = $"第{n}号",
                    Head = new ResidentInput
                    {
                        Name = $"居民{index}-{n}", IdNumber = first17 + ResidentIdNumber.ComputeCheckDigit(first17),
                        Relationship = Relationship.Head, Hukou = HukouKind.Local,
                    },
                });
                var enrollment = await Timed("EnrollResident", clerk, new EnrollResident(registration.ResidentId, new EnrollmentInput()));
                await Timed("RecordPayment", clerk, new RecordPayment
                {
                    EnrollmentId = enrollment.EnrollmentId, Channel = "wechat", Voucher = $"V{index:00}-{n}",
                    PaidAt = new DateTimeOffset(2019, 11, 15, 9, 0, 0, TimeSpan.FromHours(8)), AmountFen = enrollment.Quote.AmountDueFen ?? 0,
                });
                timings.GetOrAdd("operation (3 requests)", _ => []).Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            catch (Exception ex)
            {
                errors.Add(ex.GetType().Name + ": " + ex.Message);
            }
        }
    }

    await Task.WhenAll(Enumerable.Range(0, options.Clerks).Select(i => Task.Run(() => Clerk(i))));
    var elapsed = deadline.Elapsed.TotalSeconds;

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"provider={options.Provider} clerks={options.Clerks} seconds={elapsed:0.0} errors={errors.Count}"));
    foreach (var (kind, values) in timings.OrderBy(t => t.Key, StringComparer.Ordinal))
    {
        var sorted = values.Order().ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{kind,-24} n={sorted.Length,6} median={Percentile(sorted, 0.50),8:0.0} ms p95={Percentile(sorted, 0.95),8:0.0} ms max={sorted[^1],8:0.0} ms rate={sorted.Length / elapsed,7:0.0}/s"));
    }

    foreach (var error in errors.GroupBy(e => e).OrderByDescending(g => g.Count()).Take(5))
    {
        Console.WriteLine($"error x{error.Count()}: {error.Key}");
    }

    return errors.IsEmpty ? 0 : 1;
}
finally
{
    await services.DisposeAsync();
    await cleanup();
}

static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? 0 : sorted[(int)Math.Ceiling(p * sorted.Length) - 1];
