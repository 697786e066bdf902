using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Application.Features.Notices;
using ResidentMedicalInsurance.Application.Features.Progress;
using ResidentMedicalInsurance.Application.Security;
using ResidentMedicalInsurance.Application.Tests.Support;
using ResidentMedicalInsurance.Domain.Progress;
using ResidentMedicalInsurance.Domain.Tenancy;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Testing;

namespace ResidentMedicalInsurance.Application.Tests.Notices;

public sealed class ProgressNoticeTests
{
    /// <summary>The requests with a notice id whose other-tenant case these tests cover (the IDOR suite).</summary>
    internal static IEnumerable<string> CoveredRequests => [nameof(GetProgressNotice), nameof(ExportProgressNotice)];

    private static readonly DateOnly Today = new(2019, 11, 15);

    /// <summary>
    /// Five townships: 梅仙镇 1 of 4 paid (25%), 城关镇 2 of 10 (20%), 西城镇 1 of 5 (20%, fewer paid), 台溪乡 and 管前镇
    /// without a plan (0%, ordered by name). 城关镇 has a third enrolment not yet paid: the later payment.
    /// </summary>
    private sealed record Campaign(ClerkWorld World, Guid Xicheng, Guid Unpaid) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => World.DisposeAsync();
    }

    private static async Task<Campaign> CampaignAsync(DatabaseProvider provider)
    {
        var world = await ClerkWorld.CreateAsync(provider);
        var xicheng = Guid.CreateVersion7();
        await world.Read(world.CountyStaff, async db =>
        {
            db.Townships.Add(new Township { Id = xicheng, TenantId = world.YouxiId, Name = "西城镇", SortOrder = 3 });
            db.Townships.Add(new Township { Id = Guid.CreateVersion7(), TenantId = world.YouxiId, Name = "管前镇", SortOrder = 4 });
            db.Townships.Add(new Township { Id = Guid.CreateVersion7(), TenantId = world.YouxiId, Name = "台溪乡", SortOrder = 5 });
            db.TownshipPlans.Add(new TownshipPlan { Id = Guid.CreateVersion7(), TownshipId = world.Chengguan, Year = 2020, Persons = 10, Source = PlanSource.Entered });
            db.TownshipPlans.Add(new TownshipPlan { Id = Guid.CreateVersion7(), TownshipId = world.Meixian, Year = 2020, Persons = 4, Source = PlanSource.Entered });
            db.TownshipPlans.Add(new TownshipPlan { Id = Guid.CreateVersion7(), TownshipId = xicheng, Year = 2020, Persons = 5, Source = PlanSource.Entered });
            return await db.SaveChangesAsync();
        });
        var xichengClerk = new TestUser("clerk-xicheng", world.YouxiId, [Roles.Clerk], [xicheng]);
        var first = await world.RegisterAndEnroll(world.ClerkA, world.Chengguan, "C1");
        var second = await world.RegisterAndEnroll(world.ClerkA, world.Chengguan, "C2");
        var unpaid = await world.RegisterAndEnroll(world.ClerkA, world.Chengguan, "C3");
        var meixian = await world.RegisterAndEnroll(world.ClerkB, world.Meixian, "M1");
        var west = await world.RegisterAndEnroll(xichengClerk, xicheng, "X1");
        await world.Send(world.ClerkA, People.Payment(first.Enrollment.EnrollmentId, "V1"));
        await world.Send(world.ClerkA, People.Payment(second.Enrollment.EnrollmentId, "V2"));
        await world.Send(world.ClerkB, People.Payment(meixian.Enrollment.EnrollmentId, "M1"));
        await world.Send(xichengClerk, People.Payment(west.Enrollment.EnrollmentId, "X1"));
        return new Campaign(world, xicheng, unpaid.Enrollment.EnrollmentId);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task The_notice_ranks_the_townships_by_rate_then_paid_then_name_with_the_total(DatabaseProvider provider)
    {
        await using var campaign = await CampaignAsync(provider);
        var world = campaign.World;

        var issued = await world.Send(world.Supervisor, new IssueProgressNotice(Today));
        var notice = await world.Send(world.CountyStaff, new GetProgressNotice(issued.NoticeId));

        Assert.Equal("2020年度城乡居民基本医疗保险参保缴费进度通报（截至2019年11月15日）", notice.Title);
        Assert.Equal((2020, Today, "尤溪县"), (notice.Year, notice.AsOf, notice.TenantName));
        Assert.Equal(
            [(1, "梅仙镇", 4, 1), (2, "城关镇", 10, 2), (3, "西城镇", 5, 1), (4, "台溪乡", 0, 0), (5, "管前镇", 0, 0)],
            notice.Lines.Townships.Select(t => (t.Rank, t.Township, t.Plan, t.Paid)));
        var chengguan = notice.Lines.Townships[1];
        Assert.Equal((3, 3, 2, 0.2), (chengguan.Registered, chengguan.Enrolled, chengguan.Paid, chengguan.Rate));
        Assert.Equal((19, 5, 5, 4), (notice.Lines.Total.Plan, notice.Lines.Total.Registered, notice.Lines.Total.Enrolled, notice.Lines.Total.Paid));
        Assert.Equal(4.0 / 19, notice.Lines.Total.Rate, 10);
        Assert.Equal("supervisor-youxi", notice.IssuedBy);
        Assert.Contains(notice.Title, issued.Message, StringComparison.Ordinal);

        // Issuing is a command: its row is in the audit trail.
        Assert.True(await world.Read(world.CountyStaff, db => db.AuditEntries.AnyAsync(a => a.EntityId == issued.NoticeId && a.Action == nameof(IssueProgressNotice))));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_later_payment_does_not_move_an_issued_notice(DatabaseProvider provider)
    {
        await using var campaign = await CampaignAsync(provider);
        var world = campaign.World;
        var issued = await world.Send(world.Supervisor, new IssueProgressNotice(Today));
        var before = await world.Send(world.Supervisor, new GetProgressNotice(issued.NoticeId));

        // Paid the same day, recorded after the notice: the live figures as of that day move, the notice does not.
        await world.Send(world.ClerkA, People.Payment(campaign.Unpaid, "V3"));
        var live = await world.Send(world.Supervisor, new ProgressQuery(Today));
        var after = await world.Send(world.Supervisor, new GetProgressNotice(issued.NoticeId));

        Assert.Equal(3, live.Townships.Single(t => t.TownshipId == world.Chengguan).Paid);
        Assert.Equal(before.Lines.Townships, after.Lines.Townships);
        Assert.Equal(before.Lines.Total, after.Lines.Total);
        Assert.Equal(2, after.Lines.Townships.Single(t => t.Township == "城关镇").Paid);
        Assert.Equal(before.Title, after.Title);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_day_after_today_and_a_day_already_issued_are_refused(DatabaseProvider provider)
    {
        await using var campaign = await CampaignAsync(provider);
        var world = campaign.World;

        var future = await Assert.ThrowsAsync<InputValidationException>(() => world.Send(world.Supervisor, new IssueProgressNotice(Today.AddDays(1))));
        Assert.Contains("晚于今天", future.Message, StringComparison.Ordinal);
        var first = await world.Send(world.Supervisor, new IssueProgressNotice(Today.AddDays(-1)));
        var again = await Assert.ThrowsAsync<ProgressNoticeExistsException>(() => world.Send(world.Supervisor, new IssueProgressNotice(Today.AddDays(-1))));

        Assert.Equal(first.NoticeId, again.NoticeId);
        Assert.Contains("截至2019年11月14日的进度通报已于", again.Message, StringComparison.Ordinal);
        Assert.Contains(first.Title, again.Message, StringComparison.Ordinal);
        Assert.Equal(1, await world.CountAll<ProgressNotice>());

        // Another day is another notice; the list is newest day first.
        await world.Send(world.Supervisor, new IssueProgressNotice(Today));
        var list = await world.Send(world.CountyStaff, new ListProgressNotices());
        Assert.Equal([Today, Today.AddDays(-1)], list.Select(n => n.AsOf));
        Assert.Equal("2019年11月15日", list[0].AsOfText);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Only_a_supervisor_issues_clerks_do_not_read_and_another_county_does_not_find_it(DatabaseProvider provider)
    {
        await using var campaign = await CampaignAsync(provider);
        var world = campaign.World;

        await Assert.ThrowsAsync<ForbiddenException>(() => world.Send(world.ClerkA, new IssueProgressNotice(Today)));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.Send(world.CountyStaff, new IssueProgressNotice(Today)));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.Send(world.Admin, new IssueProgressNotice(Today)));
        var issued = await world.Send(world.Supervisor, new IssueProgressNotice(Today));

        await Assert.ThrowsAsync<ForbiddenException>(() => world.Send(world.ClerkA, new ListProgressNotices()));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.Send(world.ClerkA, new GetProgressNotice(issued.NoticeId)));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.Send(world.ClerkA, new ExportProgressNotice(issued.NoticeId)));
        await Assert.ThrowsAsync<NotFoundException>(() => world.Send(world.OtherTenantCounty, new GetProgressNotice(issued.NoticeId)));
        await Assert.ThrowsAsync<NotFoundException>(() => world.Send(world.OtherTenantCounty, new ExportProgressNotice(issued.NoticeId)));
        Assert.Empty(await world.Send(world.OtherTenantCounty, new ListProgressNotices()));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task The_xlsx_export_is_a_workbook_of_the_ranked_lines_and_the_total(DatabaseProvider provider)
    {
        await using var campaign = await CampaignAsync(provider);
        var world = campaign.World;
        var issued = await world.Send(world.Supervisor, new IssueProgressNotice(Today));

        var bytes = await world.Run(world.CountyStaff, async services =>
        {
            var download = await services.GetRequiredService<IMediator>().Send(new ExportProgressNotice(issued.NoticeId));
            Assert.Equal("参保缴费进度通报-尤溪县-截至2019-11-15.xlsx", download.FileName);
            using var file = new MemoryStream();
            await services.GetRequiredService<ITableFileWriter>().WriteXlsxAsync(file, download.Sheet, download.Headers, download.Rows, CancellationToken.None);
            return file.ToArray();
        });

        using var workbook = new MemoryStream(bytes);
        var rows = workbook.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(["排名", "乡镇", "参保任务（人）", "登记人数", "参保人数", "缴费人数", "完成率（%）"], rows[0].Values.Select(v => v?.ToString()));
        Assert.Equal(7, rows.Count);
        Assert.Equal(("1", "梅仙镇", "4", "1", "25"), (Text(rows[1]["A"]), Text(rows[1]["B"]), Text(rows[1]["C"]), Text(rows[1]["F"]), Text(rows[1]["G"])));
        Assert.Equal(("2", "城关镇", "20"), (Text(rows[2]["A"]), Text(rows[2]["B"]), Text(rows[2]["G"])));
        Assert.Equal(("", "合计", "19", "4", "21.05"), (Text(rows[6]["A"]), Text(rows[6]["B"]), Text(rows[6]["C"]), Text(rows[6]["F"]), Text(rows[6]["G"])));
    }

    [Fact]
    public void Every_text_has_its_English()
    {
        ResourcePair.AssertComplete("Notices");
    }

    private static string Text(object? cell) => Convert.ToString(cell, System.Globalization.CultureInfo.InvariantCulture) ?? "";
}
