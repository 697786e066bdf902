using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Application.Features.Common;
using ResidentMedicalInsurance.Application.Features.Households;
using ResidentMedicalInsurance.Application.Features.Worklists;
using ResidentMedicalInsurance.Application.Security;
using ResidentMedicalInsurance.Application.Tests.Support;
using ResidentMedicalInsurance.Domain.Households;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Testing;

namespace ResidentMedicalInsurance.Application.Tests.Worklists;

/// <summary>The clerk's 工作台 (ADR 0063): each list's rows, the clerk's scope, township and village filters, paging, the export.</summary>
public sealed class WorklistTests
{
    internal static IEnumerable<string> CoveredRequests => [nameof(ListWorklist), nameof(ExportWorklist)];

    private static readonly DateTimeOffset Yesterday = new(2019, 11, 14, 16, 0, 0, TimeSpan.FromHours(8));

    private sealed record Campaign(ClerkWorld World, TestUser BothTownships, Families.Family East, Families.Family West);

    /// <summary>
    /// 城关镇 (clock 2019-11-15): 城东村 a family of three enrolled (the head paid today, 250.00), 城西村 a family of two enrolled
    /// and renewed, one head paid yesterday, one certified and not enrolled, one certified and enrolled, one certified and
    /// departed; 梅仙镇: a family of two, one paid today, and one certified and not enrolled.
    /// </summary>
    private static async Task<Campaign> CampaignAsync(DatabaseProvider provider)
    {
        var world = await ClerkWorld.CreateAsync(provider);
        var east = await world.EnrolledFamily(world.ClerkA, world.Chengguan, "H1", "城东村", "东一", "东二", "东三");
        var west = await world.EnrolledFamily(world.ClerkA, world.Chengguan, "H2", "城西村", "西一", "西二");
        await world.Send(world.ClerkA, People.Payment(east.Enrollments[0], "T1"));
        await world.Read(world.ClerkA, async db =>
        {
            var renewed = west.Enrollments.ToList();
            await db.Enrollments.Where(e => renewed.Contains(e.Id)).ExecuteUpdateAsync(s => s.SetProperty(e => e.Renewed, true));
            return 0;
        });
        var (_, late) = await world.RegisterAndEnroll(world.ClerkA, world.Chengguan, "H3");
        await world.Send(world.ClerkA, People.Payment(late.EnrollmentId, "Y1") with { PaidAt = Yesterday });

        var certified = People.IdNumber(new DateOnly(1961, 2, 3));
        await world.RegisterHousehold(world.ClerkA, world.Chengguan, "H4", "认定甲", certified);
        await world.Certify(certified, "认定甲", "canji", new DateOnly(2019, 9, 1), "残联");
        var enrolled = People.IdNumber(new DateOnly(1962, 3, 4));
        var enrolledReg = await world.RegisterHousehold(world.ClerkA, world.Chengguan, "H5", "认定乙", enrolled);
        await world.Certify(enrolled, "认定乙", "canji", new DateOnly(2019, 9, 1), "残联");
        await world.Send(world.ClerkA, new Features.Enrollments.EnrollResident(enrolledReg.ResidentId, new Features.Enrollments.EnrollmentInput()));
        var departed = People.IdNumber(new DateOnly(1940, 3, 4));
        var departedReg = await world.RegisterHousehold(world.ClerkA, world.Chengguan, "H6", "认定丙", departed);
        await world.Certify(departed, "认定丙", "canji", new DateOnly(2019, 9, 1), "残联");
        await world.Send(world.ClerkA, new MarkResidentDeparted(departedReg.ResidentId, DepartureReason.Death, world.Clock.Today));

        var meixian = await world.EnrolledFamily(world.ClerkB, world.Meixian, "M1", "梅仙村", "梅一", "梅二");
        await world.Send(world.ClerkB, People.Payment(meixian.Enrollments[0], "M1", 250_00));
        var other = People.IdNumber(new DateOnly(1963, 4, 5));
        await world.RegisterHousehold(world.ClerkB, world.Meixian, "M2", "认定丁", other);
        await world.Certify(other, "认定丁", "canji", new DateOnly(2019, 9, 1), "残联");

        var both = new TestUser("clerk-both", world.YouxiId, [Roles.Clerk], [world.Chengguan, world.Meixian]);
        return new Campaign(world, both, east, west);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Each_list_holds_the_clerks_townships_people_in_village_and_household_order(DatabaseProvider provider)
    {
        var (world, _, east, west) = await CampaignAsync(provider);
        await using var _ = world;

        var awaiting = await world.Send(world.ClerkA, new ListWorklist(WorklistKind.AwaitingPayment));
        var renewed = await world.Send(world.ClerkA, new ListWorklist(WorklistKind.RenewedUnpaid));
        var certified = await world.Send(world.ClerkA, new ListWorklist(WorklistKind.CertifiedNotEnrolled));
        var today = await world.Send(world.ClerkA, new ListWorklist(WorklistKind.TodaysPayments));

        // 城东村 before 城西村 (the village, then household number, then the member's relationship); 认定乙 is enrolled too.
        Assert.Equal(["东二", "东三", "认定乙", "西一", "西二"], awaiting.Items.Select(i => i.Name));
        Assert.Equal((2020, new DateOnly(2019, 11, 15), 5), (awaiting.Year, awaiting.Today, awaiting.Total));
        Assert.Equal(["", "", "", "续保", "续保"], awaiting.Items.Select(i => i.Note));
        Assert.Equal(["西一", "西二"], renewed.Items.Select(i => i.Name));
        Assert.All(renewed.Items, i => Assert.Equal((west.HouseholdId, "H2", "城关镇", "城西村"), (i.HouseholdId, i.HouseholdNumber, i.Township, i.Village)));
        Assert.Equal((250_00L, Display.Yuan(250_00)), (renewed.Items[0].AmountFen, renewed.Items[0].AmountText));

        var person = Assert.Single(certified.Items);
        Assert.Equal(("认定甲", "H4", ""), (person.Name, person.HouseholdNumber, person.AmountText));
        Assert.Contains("残疾", person.Note, StringComparison.Ordinal);

        var paid = Assert.Single(today.Items);
        Assert.Equal(("东一", east.HouseholdId, 1, 250_00L, Display.Yuan(250_00)), (paid.Name, paid.HouseholdId, today.Total, today.AmountFen, today.AmountText));
        Assert.Contains("T1", paid.Note, StringComparison.Ordinal);
        Assert.Contains("2019-11-15 09:30", paid.Note, StringComparison.Ordinal);

        // Never a full ID number.
        var all = awaiting.Items.Concat(renewed.Items).Concat(certified.Items).Concat(today.Items).ToList();
        Assert.All(all, i => Assert.Contains("*", i.MaskedIdNumber, StringComparison.Ordinal));
        Assert.Equal(Display.MaskId(east.Members[1].IdNumber), awaiting.Items[0].MaskedIdNumber);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_clerk_sees_only_their_townships_and_filters_by_township_and_village(DatabaseProvider provider)
    {
        var (world, both, _, _) = await CampaignAsync(provider);
        await using var _ = world;

        var meixian = await world.Send(world.ClerkB, new ListWorklist(WorklistKind.AwaitingPayment));
        Assert.Equal(["梅二"], meixian.Items.Select(i => i.Name));
        Assert.Equal(["认定丁"], (await world.Send(world.ClerkB, new ListWorklist(WorklistKind.CertifiedNotEnrolled))).Items.Select(i => i.Name));
        Assert.Equal(["梅一"], (await world.Send(world.ClerkB, new ListWorklist(WorklistKind.TodaysPayments))).Items.Select(i => i.Name));
        Assert.Empty((await world.Send(world.ClerkB, new ListWorklist(WorklistKind.RenewedUnpaid))).Items);
        await Assert.ThrowsAsync<NotFoundException>(() => world.Send(world.ClerkB, new ListWorklist(WorklistKind.AwaitingPayment, world.Chengguan)));
        await Assert.ThrowsAsync<NotFoundException>(() => world.Send(world.OtherTenantClerk, new ListWorklist(WorklistKind.AwaitingPayment, world.Chengguan)));
        Assert.Equal(0, (await world.Send(world.OtherTenantClerk, new ListWorklist(WorklistKind.AwaitingPayment))).Total);

        // A clerk of both townships: all of them, or one, or one village.
        var all = await world.Send(both, new ListWorklist(WorklistKind.AwaitingPayment));
        var one = await world.Send(both, new ListWorklist(WorklistKind.AwaitingPayment, world.Meixian));
        var village = await world.Send(both, new ListWorklist(WorklistKind.AwaitingPayment, Village: " 城西村 "));
        var todayBoth = await world.Send(both, new ListWorklist(WorklistKind.TodaysPayments));
        var todayVillage = await world.Send(both, new ListWorklist(WorklistKind.TodaysPayments, Village: "梅仙村"));
        // 认定丁's household in 梅仙镇 is in a 城东村 too: a village is a name within a township.
        var certifiedVillage = await world.Send(both, new ListWorklist(WorklistKind.CertifiedNotEnrolled, Village: "城东村"));
        var certifiedHere = await world.Send(both, new ListWorklist(WorklistKind.CertifiedNotEnrolled, world.Chengguan, "城东村"));
        Assert.Equal(6, all.Total);
        Assert.Equal(["梅二"], one.Items.Select(i => i.Name));
        Assert.Equal(["西一", "西二"], village.Items.Select(i => i.Name));
        Assert.Equal((2, 500_00L), (todayBoth.Total, todayBoth.AmountFen));
        Assert.Equal(["梅一"], todayVillage.Items.Select(i => i.Name));
        Assert.Equal(250_00L, todayVillage.AmountFen);
        Assert.Equal(["认定甲", "认定丁"], certifiedVillage.Items.Select(i => i.Name));
        Assert.Equal(["认定甲"], certifiedHere.Items.Select(i => i.Name));

        var bench = await world.Send(both, new GetWorkbench());
        Assert.Equal(["城关镇", "梅仙镇"], bench.Townships.Select(t => t.Label));
        Assert.Equal([6, 2, 2, 2], WorklistKinds.All.Select(k => bench.Of(k).Total));
        Assert.Equal(500_00L, bench.Of(WorklistKind.TodaysPayments).AmountFen);

        // The 工作台 is the clerks'; county staff and supervisors read the lists from the dashboard's drill-down, for the
        // whole county; an administrator reads no resident.
        var county = await world.Send(world.CountyStaff, new ListWorklist(WorklistKind.AwaitingPayment));
        Assert.Equal(all.Total, county.Total);
        await Assert.ThrowsAsync<ForbiddenException>(() => world.Send(world.CountyStaff, new GetWorkbench()));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.Send(world.Admin, new GetWorkbench()));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.Send(world.Admin, new ListWorklist(WorklistKind.AwaitingPayment)));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Pages_follow_one_another_and_the_filter_is_checked(DatabaseProvider provider)
    {
        var (world, both, _, _) = await CampaignAsync(provider);
        await using var _ = world;

        var pages = new List<WorklistPage>();
        for (var skip = 0; skip < 8; skip += 2)
        {
            pages.Add(await world.Send(both, new ListWorklist(WorklistKind.AwaitingPayment, Skip: skip, Take: 2)));
        }

        Assert.All(pages, p => Assert.Equal(6, p.Total));
        Assert.Equal([2, 2, 2, 0], pages.Select(p => p.Items.Count));
        // By village name across the townships (城东村, 城西村, 梅仙村), then household and member.
        Assert.Equal(["东二", "东三", "认定乙", "西一", "西二", "梅二"], pages.SelectMany(p => p.Items).Select(i => i.Name));
        Assert.Equal(50, ListWorklist.PageSize);

        await Assert.ThrowsAsync<InputValidationException>(() => world.Send(both, new ListWorklist(WorklistKind.AwaitingPayment, Skip: -1)));
        await Assert.ThrowsAsync<InputValidationException>(() => world.Send(both, new ListWorklist(WorklistKind.AwaitingPayment, Take: 0)));
        await Assert.ThrowsAsync<InputValidationException>(() => world.Send(both, new ListWorklist(WorklistKind.AwaitingPayment, Village: new string('村', 65))));
        await Assert.ThrowsAsync<InputValidationException>(() => world.Send(both, new ListWorklist((WorklistKind)99)));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task The_export_is_a_real_workbook_of_the_whole_filtered_list_with_masked_numbers(DatabaseProvider provider)
    {
        var (world, both, _, west) = await CampaignAsync(provider);
        await using var _ = world;

        var (name, rows) = await ExportAsync(world, world.ClerkA, new ExportWorklist(WorklistKind.RenewedUnpaid, world.Chengguan, "城西村"));
        Assert.Equal("续保未缴-城关镇-城西村-2019-11-15.xlsx", name);
        Assert.Equal(["序号", "姓名", "身份证号（已遮蔽）", "乡镇", "村（社区）", "户号", "应缴金额（元）", "备注"], rows[0]);
        Assert.Equal(["1", "西一", Display.MaskId(west.Members[0].IdNumber), "城关镇", "城西村", "H2", "250", "续保"], rows[1]);
        Assert.Equal(3, rows.Count);

        var (_, awaiting) = await ExportAsync(world, both, new ExportWorklist(WorklistKind.AwaitingPayment));
        Assert.Equal(7, awaiting.Count);
        Assert.DoesNotContain(awaiting.Skip(1), r => west.Members.Any(m => r.Contains(m.IdNumber)));
        var (_, certified) = await ExportAsync(world, both, new ExportWorklist(WorklistKind.CertifiedNotEnrolled));
        Assert.Equal(["认定甲", "认定丁"], certified.Skip(1).Select(r => r[1]));
        Assert.Equal("资助类别", certified[0][^1]);
        var (_, today) = await ExportAsync(world, both, new ExportWorklist(WorklistKind.TodaysPayments));
        Assert.Equal(["东一", "梅一"], today.Skip(1).Select(r => r[1]));

        await Assert.ThrowsAsync<NotFoundException>(() => world.Send(world.ClerkB, new ExportWorklist(WorklistKind.AwaitingPayment, world.Chengguan)));
        var (_, supervisor) = await ExportAsync(world, world.Supervisor, new ExportWorklist(WorklistKind.AwaitingPayment));
        Assert.Equal(awaiting.Count, supervisor.Count);
        await Assert.ThrowsAsync<ForbiddenException>(() => world.Send(world.Admin, new ExportWorklist(WorklistKind.AwaitingPayment)));
    }

    [Fact]
    public void Every_text_is_in_both_languages() => ResourcePair.AssertComplete("Worklists");

    /// <summary>
    /// The export sent and written in one scope, as the download endpoint does in its request (the rows are read while the
    /// workbook is written), then read back with MiniExcel: the file name and every row's cells as text.
    /// </summary>
    private static async Task<(string FileName, List<List<string>> Rows)> ExportAsync(ClerkWorld world, TestUser user, ExportWorklist request)
    {
        using var file = new MemoryStream();
        var name = await world.Run(user, async services =>
        {
            var download = await services.GetRequiredService<MediatR.IMediator>().Send(request);
            await services.GetRequiredService<ITableFileWriter>().WriteXlsxAsync(file, download.Sheet, download.Headers, download.Rows, CancellationToken.None);
            return download.FileName;
        });
        file.Position = 0;
        var rows = MiniExcel.Query(file, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>()
            .Select(r => r.Values.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? "").ToList()).ToList();
        return (name, rows);
    }
}
