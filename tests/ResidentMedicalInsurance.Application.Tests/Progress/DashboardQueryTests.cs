using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Application.Features.Progress;
using ResidentMedicalInsurance.Application.Tests.Support;
using ResidentMedicalInsurance.Domain.Progress;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Testing;

namespace ResidentMedicalInsurance.Application.Tests.Progress;

/// <summary>The dashboard's chart (paid per day against the line to the plan, and the projection) and its village drill-down.</summary>
public sealed class DashboardQueryTests
{
    /// <summary>The requests with a township id whose other-township and other-tenant cases these tests cover (the IDOR suite).</summary>
    internal static IEnumerable<string> CoveredRequests => [nameof(PaidPerDayQuery), nameof(VillageProgressQuery)];

    private static readonly DateTimeOffset December = new(2019, 12, 20, 10, 0, 0, TimeSpan.FromHours(8));

    /// <summary>城关镇 (plan 122): a family of three in 城关村 (two paid on 15 November), one in 城东村 paid on 20 December; 梅仙镇: one unpaid.</summary>
    private static async Task<ClerkWorld> CampaignAsync(DatabaseProvider provider)
    {
        var world = await ClerkWorld.CreateAsync(provider);
        await world.Read(world.CountyStaff, db =>
        {
            db.TownshipPlans.Add(new TownshipPlan { Id = Guid.CreateVersion7(), TownshipId = world.Chengguan, Year = 2020, Persons = 122, Source = PlanSource.Entered });
            return db.SaveChangesAsync();
        });
        var family = await world.EnrolledFamily(world.ClerkA, world.Chengguan, "F1", "城关村", "陈一", "陈二", "陈三");
        await world.Send(world.ClerkA, People.Payment(family.Enrollments[0], "V1"));
        await world.Send(world.ClerkA, People.Payment(family.Enrollments[1], "V2"));
        var (_, single) = await world.RegisterAndEnroll(world.ClerkA, world.Chengguan, "H1");
        world.Clock.Now = December;
        await world.Send(world.ClerkA, People.Payment(single.EnrollmentId, "V3") with { PaidAt = December });
        await world.RegisterAndEnroll(world.ClerkB, world.Meixian, "M1");
        return world;
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task The_chart_counts_paid_per_day_over_the_window_against_the_line_to_the_plan_and_projects_the_pace(DatabaseProvider provider)
    {
        await using var world = await CampaignAsync(provider);

        var chart = await world.Send(world.Supervisor, new PaidPerDayQuery());
        var chengguan = await world.Send(world.Supervisor, new PaidPerDayQuery(world.Chengguan));

        // Youxi's normal period 2019-09-01 .. 2019-12-31: 122 days, so the line to the plan rises by one a day.
        Assert.Equal((new DateOnly(2019, 9, 1), new DateOnly(2019, 12, 31), 122), (chart.WindowStart, chart.WindowEnd, chart.Days.Count));
        Assert.Equal(122, chart.Plan);
        var november = chart.Days.Single(d => d.Day == new DateOnly(2019, 11, 15));
        Assert.Equal((2, 2, 76), (november.Paid, november.Cumulative, november.Needed));
        Assert.Equal((1, 3), (chart.Days.Single(d => d.Day == new DateOnly(2019, 12, 20)).Paid, chart.PaidSoFar));
        Assert.Equal(122, chart.Days[^1].Needed);
        Assert.Null(chart.Days.Single(d => d.Day == new DateOnly(2019, 12, 19)).Projection);
        // 3 paid in 111 days: 11 more days at that pace add 0.3, rounded to none.
        Assert.Equal(3, chart.Days.Single(d => d.Day == new DateOnly(2019, 12, 20)).Projection);
        Assert.Equal(3, chart.Projected);
        Assert.Equal(chart.Days.Select(d => d.Paid), chengguan.Days.Select(d => d.Paid));

        var clerkB = await world.Send(world.ClerkB, new PaidPerDayQuery());
        Assert.Equal((0, 0), (clerkB.Plan, clerkB.PaidSoFar));
        var other = await world.Send(world.ClerkB, new PaidPerDayQuery(world.Chengguan));
        Assert.Equal((0, 0), (other.Plan, other.PaidSoFar));
        var otherTenant = await world.Send(world.OtherTenantCounty, new PaidPerDayQuery(world.Chengguan));
        Assert.Equal((0, 0), (otherTenant.Plan, otherTenant.PaidSoFar));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task The_drill_down_gives_each_village_of_a_township_and_refuses_a_township_the_user_cannot_see(DatabaseProvider provider)
    {
        await using var world = await CampaignAsync(provider);

        var villages = await world.Send(world.Supervisor, new VillageProgressQuery(world.Chengguan));

        Assert.Equal("城关镇", villages.Township);
        Assert.Equal([("城东村", 1, 1, 1, 0), ("城关村", 3, 3, 2, 1)], villages.Villages.Select(v => (v.Village, v.Registered, v.Enrolled, v.Paid, v.Unpaid)));
        await Assert.ThrowsAsync<NotFoundException>(() => world.Send(world.ClerkB, new VillageProgressQuery(world.Chengguan)));
        await Assert.ThrowsAsync<NotFoundException>(() => world.Send(world.OtherTenantCounty, new VillageProgressQuery(world.Chengguan)));
    }
}
