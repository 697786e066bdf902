using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Application.Features.Enrollments;
using ResidentMedicalInsurance.Application.Features.Tax;
using ResidentMedicalInsurance.Application.Tests.Support;
using ResidentMedicalInsurance.Domain.Auditing;
using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Domain.Households;
using ResidentMedicalInsurance.Domain.Residents;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Testing;

namespace ResidentMedicalInsurance.Application.Tests.Tax;

/// <summary>应缴费信息 (ADR 0054): who is listed with what amount on a date, who is left out, scope and audit.</summary>
public sealed class DueExportTests
{
    // ExportDue and PreviewDue take a township id: another county's is NotFound, a clerk Forbidden (tests below).
    internal static IEnumerable<string> CoveredRequests => [nameof(ExportDue), nameof(PreviewDue)];

    private static readonly DateOnly Concentrated = new(2019, 12, 20);
    private static readonly DateOnly AfterFeeChange = new(2020, 7, 1); // 尤溪 2020 三(二): from 2020-07-01 250 + 520 元

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task The_amount_is_the_policys_on_the_date_across_the_fee_change_and_no_payment_date_leaves_everyone_out(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var a = await Enrol(world, world.ClerkA, world.Chengguan, "H1", "甲一");
        var b = await Enrol(world, world.ClerkB, world.Meixian, "H2", "乙二");

        var (december, decemberCounts) = await Export(world, world.CountyStaff, Concentrated);
        var (july, _) = await Export(world, world.CountyStaff, AfterFeeChange);
        var (august, augustCounts) = await Export(world, world.CountyStaff, new DateOnly(2019, 8, 1)); // window opens 2019-09-01

        Assert.Equal(2, december.Count);
        Assert.Equal(new object?[] { a, "甲一", "城关镇", "城东村", 2020, 250.00m, "城乡居民基本医疗保险" }, december[0]);
        Assert.Equal(new object?[] { b, "乙二", "梅仙镇", "城东村", 2020, 250.00m, "城乡居民基本医疗保险" }, december[1]);
        Assert.Equal("250.00", ((decimal)december[0][5]!).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal([770.00m, 770.00m], july.Select(r => r[5]));
        Assert.Empty(august);
        Assert.Equal((2, 0, 0), (decemberCounts.Listed, decemberCounts.NotPayable, decemberCounts.OwesNothing));
        Assert.Equal((0, 2, 2), (augustCounts.Listed, augustCounts.NotPayable, augustCounts.LeftOut));
        var preview = await world.Send(world.CountyStaff, new PreviewDue(AfterFeeChange, null));
        Assert.Equal(new DuePreview(2020, 2, 0, 0, 1540_00), preview);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_paid_person_is_not_listed_and_a_department_paid_person_is_left_out_and_counted(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var owing = await Enrol(world, world.ClerkA, world.Chengguan, "H1", "甲一");
        var (_, paid) = await world.RegisterAndEnroll(world.ClerkA, world.Chengguan, "H2");
        await world.Send(world.ClerkA, People.Payment(paid.EnrollmentId, "WX-1"));
        await world.RegisterAndEnroll(world.ClerkA, world.Chengguan, "H3", "yiliao-jiuzhu-1", new DateOnly(2019, 10, 1)); // 民政局 pays all

        var (rows, counts) = await Export(world, world.CountyStaff, Concentrated);

        Assert.Equal([owing], rows.Select(r => r[0]));
        Assert.Equal((1, 0, 1, 1), (counts.Listed, counts.NotPayable, counts.OwesNothing, counts.LeftOut));
        Assert.Equal(new DuePreview(2020, 1, 0, 1, 250_00), await world.Send(world.CountyStaff, new PreviewDue(Concentrated, null)));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_township_filter_lists_that_township_only_and_another_countys_township_is_refused(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        await Enrol(world, world.ClerkA, world.Chengguan, "H1", "甲一");
        var b = await Enrol(world, world.ClerkB, world.Meixian, "H2", "乙二");

        var (rows, _) = await Export(world, world.CountyStaff, Concentrated, world.Meixian);
        var foreign = await Assert.ThrowsAsync<NotFoundException>(() => world.Send(world.CountyStaff, new ExportDue(Concentrated, world.ShiquanChengguan, DueFileFormat.Csv)));
        await Assert.ThrowsAsync<NotFoundException>(() => world.Send(world.CountyStaff, new PreviewDue(Concentrated, world.ShiquanChengguan)));
        var (shiquan, _) = await Export(world, world.OtherTenantCounty, Concentrated);

        Assert.Equal([b], rows.Select(r => r[0]));
        Assert.Equal("梅仙镇", rows[0][2]);
        Assert.Contains("重新选择", foreign.Message, StringComparison.Ordinal);
        Assert.Empty(shiquan);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Only_county_staff_export_and_each_export_is_audited_as_a_reveal(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        await Enrol(world, world.ClerkA, world.Chengguan, "H1", "甲一");

        foreach (var user in new[] { world.ClerkA, world.Supervisor, world.Admin })
        {
            await Assert.ThrowsAsync<ForbiddenException>(() => world.Send(user, new ExportDue(Concentrated, null, DueFileFormat.Xlsx)));
            await Assert.ThrowsAsync<ForbiddenException>(() => world.Send(user, new PreviewDue(Concentrated, null)));
        }

        var export = await world.Send(world.CountyStaff, new ExportDue(Concentrated, world.Chengguan, DueFileFormat.Csv));

        Assert.Equal("应缴费信息-尤溪县-城关镇-2020-20191220.csv", export.Download.FileName);
        var audit = await world.Read(world.CountyStaff, db => db.AuditEntries.SingleAsync(a => a.Action == nameof(ExportDue)));
        Assert.Equal((AuditOperation.Revealed, world.Chengguan, "county-youxi"), (audit.Operation, audit.EntityId, audit.UserName));
        Assert.Equal("导出2019年12月20日应缴费信息（含完整身份证号）：城关镇，2020年度，csv 文件", audit.After);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Paging_by_key_lists_every_enrolment_of_several_chunks_once(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var count = ExportDue.ChunkSize * 2 + 7;
        var seeded = await world.Read(world.CountyStaff, db => Seed(db, world, count));

        var (rows, counts) = await Export(world, world.CountyStaff, Concentrated);

        Assert.Equal(count, counts.Listed);
        Assert.Equal(seeded.Order(StringComparer.Ordinal), rows.Select(r => (string)r[0]!).Order(StringComparer.Ordinal));
    }

    private static async Task<List<string>> Seed(AppDbContext db, ClerkWorld world, int count)
    {
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var ids = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var first17 = $"350426{new DateOnly(1950, 1, 1).AddDays(i / 500):yyyyMMdd}{i % 500 * 2 + 1:000}";
            var id = ResidentIdNumber.FromStorage(first17 + ResidentIdNumber.ComputeCheckDigit(first17));
            var township = i % 2 == 0 ? world.Chengguan : world.Meixian;
            var household = new Household { Id = Guid.CreateVersion7(), TownshipId = township, Village = "一村", Number = $"B{i}", Address = "一号", CreatedAt = world.Clock.Now };
            var resident = new Resident
            {
                Id = Guid.CreateVersion7(), HouseholdId = household.Id, TownshipId = township, Name = "丙", IdNumber = id.Value,
                BirthDate = id.BirthDate, Sex = id.Sex, Relationship = Relationship.Head, Hukou = HukouKind.Local, CreatedAt = world.Clock.Now,
            };
            db.Households.Add(household);
            db.Residents.Add(resident);
            db.Enrollments.Add(new Enrollment
            {
                Id = Guid.CreateVersion7(), ResidentId = resident.Id, HouseholdId = household.Id, TownshipId = township, Year = 2020,
                ProfileId = "youxi-2020", Status = EnrollmentStatus.AwaitingPayment, EnrolledAt = world.Clock.Now,
            });
            ids.Add(id.Value);
        }

        await db.SaveChangesAsync();
        return ids;
    }

    private static async Task<string> Enrol(ClerkWorld world, TestUser clerk, Guid township, string number, string name)
    {
        var id = People.IdNumber(new DateOnly(1980, 5, 6));
        var registration = await world.RegisterHousehold(clerk, township, number, name, id);
        await world.Send(clerk, new EnrollResident(registration.ResidentId, new EnrollmentInput()));
        return id;
    }

    /// <summary>The rows as the download writes them (read in the request's scope), and the counts once read.</summary>
    private static Task<(List<IReadOnlyList<object?>> Rows, DueCounts Counts)> Export(ClerkWorld world, TestUser user, DateOnly date, Guid? township = null) =>
        world.Run(user, async sp =>
        {
            var export = await sp.GetRequiredService<IMediator>().Send(new ExportDue(date, township, DueFileFormat.Xlsx));
            Assert.Equal(["身份证号", "姓名", "乡镇", "村", "缴费年度", "应缴金额", "险种"], export.Download.Headers);
            return (await export.Download.Rows.ToListAsync(), export.Counts);
        });
}
