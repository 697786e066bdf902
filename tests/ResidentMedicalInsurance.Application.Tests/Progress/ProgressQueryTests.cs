using Microsoft.EntityFrameworkCore;
using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Application.Features.Progress;
using ResidentMedicalInsurance.Application.Features.Refunds;
using ResidentMedicalInsurance.Application.Tests.Support;
using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Domain.Payments;
using ResidentMedicalInsurance.Domain.Progress;
using ResidentMedicalInsurance.Domain.Refunds;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Testing;

namespace ResidentMedicalInsurance.Application.Tests.Progress;

public sealed class ProgressQueryTests
{
    private static readonly DateTimeOffset December = new(2019, 12, 20, 10, 0, 0, TimeSpan.FromHours(8));

    /// <summary>城关镇 (plan 10): five enrolled, one paid in November, one in December, one paid and refunded (ended), one
    /// paid with a duplicate refund (stays paid), one unpaid, and a sixth resident not enrolled; 梅仙镇 (no plan): a family of three, one paid.</summary>
    private static async Task<ClerkWorld> CampaignAsync(DatabaseProvider provider)
    {
        var world = await ClerkWorld.CreateAsync(provider);
        await world.Read(world.CountyStaff, async db =>
        {
            db.TownshipPlans.Add(new TownshipPlan { Id = Guid.CreateVersion7(), TownshipId = world.Chengguan, Year = 2020, Persons = 10, Source = PlanSource.Entered });
            return await db.SaveChangesAsync();
        });
        var chengguan = new List<Guid>();
        foreach (var number in new[] { "H1", "H2", "H3", "H4", "H5" })
        {
            chengguan.Add((await world.RegisterAndEnroll(world.ClerkA, world.Chengguan, number)).Enrollment.EnrollmentId);
        }

        await world.RegisterHousehold(world.ClerkA, world.Chengguan, "H6", idNumber: People.IdNumber(new DateOnly(1961, 2, 3)));
        var family = await world.EnrolledFamily(world.ClerkB, world.Meixian, "M1", "梅仙村", "林一", "林二", "林三");
        await world.Send(world.ClerkA, People.Payment(chengguan[0], "V1"));
        await world.Send(world.ClerkA, People.Payment(chengguan[2], "V3"));
        await world.Send(world.ClerkA, People.Payment(chengguan[3], "V4"));
        await world.Send(world.ClerkB, People.Payment(family.Enrollments[0], "M1"));
        world.Clock.Now = December;
        await world.Send(world.ClerkA, People.Payment(chengguan[1], "V2") with { PaidAt = December.AddHours(-1) });
        var ended = await world.Send(world.ClerkA, new RequestRefund(chengguan[2], RefundReason.Erroneous, world.Clock.Today, false, null));
        var kept = await world.Send(world.ClerkA, new RequestRefund(chengguan[3], RefundReason.Duplicate, world.Clock.Today, false, null));
        await world.Send(world.CountyStaff, new DecideRefund(ended.RefundId, true, null));
        await world.Send(world.CountyStaff, new DecideRefund(kept.RefundId, true, null));
        return world;
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task The_figures_equal_a_recount_from_the_rows(DatabaseProvider provider)
    {
        await using var world = await CampaignAsync(provider);

        var report = await world.Send(world.Supervisor, new ProgressQuery());
        var recount = await world.Read(world.CountyStaff, Recount);

        Assert.Equal(2020, report.Year);
        Assert.Equal(["城关镇", "梅仙镇"], report.Townships.Select(t => t.Township));
        Assert.Equal(recount, report.Townships.Select(t => (t.TownshipId!.Value, t.Registered, t.Enrolled, t.Paid)).ToList());
        var chengguan = report.Townships[0];
        Assert.Equal((10, 6, 4, 3), (chengguan.Plan, chengguan.Registered, chengguan.Enrolled, chengguan.Paid));
        Assert.Equal(0.3, chengguan.Rate, 10);
        Assert.Equal((0, 3, 3, 1, 0.0), (report.Townships[1].Plan, report.Townships[1].Registered, report.Townships[1].Enrolled, report.Townships[1].Paid, report.Townships[1].Rate));
        Assert.Equal(("合计", 10, 9, 7, 4), (report.Total.Township, report.Total.Plan, report.Total.Registered, report.Total.Enrolled, report.Total.Paid));
        Assert.Equal(0.4, report.Total.Rate, 10);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_date_counts_the_payments_made_on_or_before_it(DatabaseProvider provider)
    {
        await using var world = await CampaignAsync(provider);

        var october = await world.Send(world.CountyStaff, new ProgressQuery(new DateOnly(2019, 10, 1)));
        var november = await world.Send(world.CountyStaff, new ProgressQuery(new DateOnly(2019, 11, 30)));
        var dayBefore = await world.Send(world.CountyStaff, new ProgressQuery(new DateOnly(2019, 12, 19)));
        var sameDay = await world.Send(world.CountyStaff, new ProgressQuery(new DateOnly(2019, 12, 20)));

        // 城关镇: V1 and the kept duplicate V4 in November; V2 on 20 December; V3 was refunded and its enrolment ended.
        // Before any payment the payments up to the day are joined; later, the paid count less those paid after it.
        Assert.Equal([0, 0], october.Townships.Select(t => t.Paid));
        Assert.Equal([2, 1], november.Townships.Select(t => t.Paid));
        Assert.Equal([2, 1], dayBefore.Townships.Select(t => t.Paid));
        Assert.Equal([3, 1], sameDay.Townships.Select(t => t.Paid));
        Assert.Equal(new DateOnly(2019, 11, 30), november.AsOf);
        Assert.Equal([4, 3], november.Townships.Select(t => t.Enrolled));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_clerk_sees_only_their_townships_and_another_county_sees_none_of_them(DatabaseProvider provider)
    {
        await using var world = await CampaignAsync(provider);

        var clerk = await world.Send(world.ClerkB, new ProgressQuery());
        var other = await world.Send(world.OtherTenantCounty, new ProgressQuery());

        var line = Assert.Single(clerk.Townships);
        Assert.Equal(("梅仙镇", 3, 3, 1), (line.Township, line.Registered, line.Enrolled, line.Paid));
        Assert.Equal((3, 3, 1), (clerk.Total.Registered, clerk.Total.Enrolled, clerk.Total.Paid));
        var shiquan = Assert.Single(other.Townships);
        Assert.Equal((0, 0, 0), (shiquan.Registered, shiquan.Enrolled, shiquan.Paid));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.Send(world.Admin, new ProgressQuery()));
    }

    /// <summary>The figures counted row by row in memory: residents on the roll, live enrolments of 2020, those paid.</summary>
    private static async Task<List<(Guid, int, int, int)>> Recount(AppDbContext db)
    {
        var residents = await db.Residents.AsNoTracking().ToListAsync();
        var enrolments = await db.Enrollments.AsNoTracking().Where(e => e.Year == 2020).ToListAsync();
        var payments = await db.Payments.AsNoTracking().Where(p => p.Status == PaymentStatus.InForce).ToListAsync();
        return (await db.Townships.AsNoTracking().OrderBy(t => t.SortOrder).ToListAsync()).Select(t => (
            t.Id,
            residents.Count(r => r.TownshipId == t.Id && r.Departure is null),
            enrolments.Count(e => e.TownshipId == t.Id && e.Status != EnrollmentStatus.Ended),
            enrolments.Count(e => e.TownshipId == t.Id && e.Status == EnrollmentStatus.Paid && payments.Any(p => p.EnrollmentId == e.Id)))).ToList();
    }
}
