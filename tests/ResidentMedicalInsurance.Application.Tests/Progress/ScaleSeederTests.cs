using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Application.Features.Progress;
using ResidentMedicalInsurance.Application.Tests.Support;
using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Domain.Residents;
using ResidentMedicalInsurance.Infrastructure.Demo.Scale;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Testing;

namespace ResidentMedicalInsurance.Application.Tests.Progress;

public sealed class ScaleSeederTests
{
    private static Task<ScaleSeedResult> Seed(ClerkWorld world, int residents, int seed) =>
        world.Run(world.CountyStaff, services => services.GetRequiredService<ScaleSeeder>().SeedAsync(residents, 0.8, seed, CancellationToken.None));

    private static Task<List<string>> IdNumbers(ClerkWorld world, string prefix) =>
        world.Read(world.CountyStaff, db => db.Residents.AsNoTracking()
            .Join(db.Households.Where(h => h.Number.StartsWith(prefix)), r => r.HouseholdId, h => h.Id, (r, h) => new { h.Number, r.IdNumber, r.Relationship })
            .OrderBy(x => x.Number).ThenBy(x => x.Relationship).ThenBy(x => x.IdNumber).Select(x => x.IdNumber).ToListAsync());

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task The_same_seed_gives_the_same_valid_people_and_the_progress_counts_them(DatabaseProvider provider)
    {
        await using var first = await ClerkWorld.CreateAsync(provider);
        await using var second = await ClerkWorld.CreateAsync(provider);

        var seeded = await Seed(first, 300, seed: 7);
        await Seed(second, 300, seed: 7);
        var other = await Seed(second, 300, seed: 8);
        var again = await Assert.ThrowsAsync<AppException>(() => Seed(first, 10, seed: 7));

        var ids = await IdNumbers(first, "S7-");
        Assert.Equal(ids, await IdNumbers(second, "S7-"));
        Assert.Equal(300, ids.Count);
        Assert.All(ids, id => Assert.True(ResidentIdNumber.TryParse(id, new DateOnly(2019, 12, 31), out var parsed, out _) && parsed.RegionCode == "350426", id));
        Assert.Equal(600, (await IdNumbers(second, "S")).Distinct().Count());
        Assert.Contains("种子 7", again.Message, StringComparison.Ordinal);
        Assert.Equal(300, other.Residents);
        Assert.InRange(seeded.Paid, 200, 270);
        Assert.InRange(seeded.Enrolled, seeded.Paid + 1, 300);

        var report = await first.Send(first.Supervisor, new ProgressQuery());
        Assert.Equal((300, seeded.Enrolled, seeded.Paid), (report.Total.Registered, report.Total.Enrolled, report.Total.Paid));
        Assert.All(report.Townships, t => Assert.InRange(t.Registered, 60, 240));
        var amounts = await first.Read(first.CountyStaff, db => db.Enrollments.Where(e => e.Status == EnrollmentStatus.Paid)
            .Join(db.Payments, e => e.Id, p => p.EnrollmentId, (e, p) => new { e.AmountDueFen, p.AmountFen, p.PaidOn }).ToListAsync());
        Assert.Equal(seeded.Paid, amounts.Count);
        Assert.All(amounts, a => Assert.Equal(a.AmountDueFen, a.AmountFen));
        Assert.All(amounts, a => Assert.InRange(a.PaidOn, new DateOnly(2019, 9, 1), new DateOnly(2019, 12, 31)));
    }
}
