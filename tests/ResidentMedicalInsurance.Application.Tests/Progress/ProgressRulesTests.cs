using ResidentMedicalInsurance.Application.Features.Enrollments;
using ResidentMedicalInsurance.Application.Features.Progress;
using ResidentMedicalInsurance.Application.Tests.Support;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Testing;

namespace ResidentMedicalInsurance.Application.Tests.Progress;

/// <summary>
/// The notices' counting rules: Shiquan's 特困供养人员 are paid by the county bureau and left out of the township counts
/// (附件 note), its 建档立卡 group is measured against 100% and the whole against 99% (七(二)); in Youxi a person with
/// several exempt identities is one subsidised person.
/// </summary>
public sealed class ProgressRulesTests
{
    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Shiquan_leaves_its_tekun_persons_out_of_the_township_and_measures_jiandang_against_100_percent(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        world.Clock.Now = new DateTimeOffset(2020, 11, 10, 9, 0, 0, TimeSpan.FromHours(8));
        var poor = await Enrol(world, "S1", "冯一", "jiandang");
        await Enrol(world, "S2", "冯二", "tekun");
        var plain = await Enrol(world, "S3", "冯三", null);
        await Enrol(world, "S4", "冯四", null);
        await world.Send(world.OtherTenantClerk, People.Payment(poor.EnrollmentId, "SQ1", 280_00, "rural-bank") with { PaidAt = world.Clock.Now });
        await world.Send(world.OtherTenantClerk, People.Payment(plain.EnrollmentId, "SQ3", 280_00, "rural-bank") with { PaidAt = world.Clock.Now });

        var report = await world.Send(world.OtherTenantCounty, new ProgressQuery());

        var township = Assert.Single(report.Townships);
        Assert.Equal((4, 3, 2), (township.Registered, township.Enrolled, township.Paid));
        Assert.Equal(new Dictionary<string, int> { ["jiandang"] = 1 }, township.Subsidised);
        var group = Assert.Single(township.Groups);
        Assert.Equal(("建档立卡贫困人口", 1, 1, 1.0, 1.0), (group.Name, group.Enrolled, group.Paid, group.Rate, group.Target));
        Assert.Equal((3, 2), (report.Total.Enrolled, report.Total.Paid));
        Assert.NotNull(report.CountyPaid);
        Assert.Equal(("县医保局统一代缴", 1, 0), (report.CountyPaid.Township, report.CountyPaid.Enrolled, report.CountyPaid.Paid));
        Assert.Equal(0.99, report.TargetRate);
        Assert.Contains("七(二)", report.TargetBasis);
        Assert.Equal(["jiandang"], report.Categories.Select(c => c.Code));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Youxi_counts_a_person_with_two_exempt_identities_once(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var id = People.IdNumber(new DateOnly(1975, 4, 4), male: false);
        var registration = await world.RegisterHousehold(world.ClerkA, world.Chengguan, "Y1", "郑一", id);
        await world.Certify(id, "郑一", "canji", new DateOnly(2019, 9, 1), "残联");
        await world.Certify(id, "郑一", "dunv", new DateOnly(2019, 9, 1), "卫健局");
        await world.Send(world.ClerkA, new EnrollResident(registration.ResidentId, new EnrollmentInput()));

        var report = await world.Send(world.Supervisor, new ProgressQuery());

        var chengguan = report.Townships.Single(t => t.TownshipId == world.Chengguan);
        Assert.Equal((1, 1, 1), (chengguan.Registered, chengguan.Enrolled, chengguan.SubsidisedTotal));
        Assert.Single(chengguan.Subsidised);
        Assert.Equal(1, report.Total.SubsidisedTotal);
        Assert.Null(report.CountyPaid);
        Assert.Empty(chengguan.Groups);
    }

    private static async Task<Features.Enrollments.EnrollmentSaved> Enrol(ClerkWorld world, string number, string name, string? category)
    {
        var id = People.IdNumber(new DateOnly(1962, 2, 2));
        var registration = await world.RegisterHousehold(world.OtherTenantClerk, world.ShiquanChengguan, number, name, id);
        if (category is not null)
        {
            var department = category == "jiandang" ? "扶贫局" : "民政局";
            var roster = await world.Import(RosterFiles.Csv([$"{name},{id},{category},{department},2020-08-01,,,,"]), year: 2021, staff: world.OtherTenantCounty, department: department);
            await world.Send(world.OtherTenantCounty, new Features.Rosters.ApproveRosterRows(roster.Roster.Id));
        }

        return await world.Send(world.OtherTenantClerk, new EnrollResident(registration.ResidentId, new EnrollmentInput()));
    }
}
