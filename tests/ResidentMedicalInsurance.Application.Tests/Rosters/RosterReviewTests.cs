using Microsoft.EntityFrameworkCore;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Application.Features.Enrollments;
using ResidentMedicalInsurance.Application.Features.Households;
using ResidentMedicalInsurance.Application.Features.Rosters;
using ResidentMedicalInsurance.Application.Tests.Support;
using ResidentMedicalInsurance.Domain.Auditing;
using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Domain.Rosters;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Testing;

namespace ResidentMedicalInsurance.Application.Tests.Rosters;

/// <summary>审核: what approving, refusing and cancelling roster rows does to certifications, quotes and payments.</summary>
public sealed class RosterReviewTests
{
    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Approved_rows_become_the_quotes_subsidy_with_the_roster_in_the_basis_and_nothing_is_effective_before(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var id = People.IdNumber(new DateOnly(1958, 8, 8));
        var reg = await world.RegisterHousehold(world.ClerkA, world.Chengguan, "H001", "郑一", id);
        var review = await world.Import(RosterFiles.Csv([$"郑一,{id},canji,残联,2019-09-01,,,,"]), fileName: "残联2020.csv", department: "残联");

        var before = await world.Send(world.ClerkA, new PreviewEnrollment(reg.ResidentId, new EnrollmentInput()));
        var approved = await world.Send(world.CountyStaff, new ApproveRosterRows(review.Roster.Id));
        var after = await world.Send(world.ClerkA, new PreviewEnrollment(reg.ResidentId, new EnrollmentInput()));
        var household = await world.Send(world.ClerkA, new GetHousehold(reg.HouseholdId));

        Assert.Null(before.SubsidyCode);
        Assert.Equal(1, approved.Rows);
        Assert.Equal("canji", after.SubsidyCode);
        Assert.Equal(0, after.AmountDueFen);
        Assert.Contains(after.Basis, b => b.Contains("残联认定", StringComparison.Ordinal) && b.Contains("残联2020.csv", StringComparison.Ordinal));
        Assert.Contains("残联2020.csv", Assert.Single(Assert.Single(household.Members).Certifications));
        Assert.Equal(RosterStatus.Reviewed, (await world.Send(world.CountyStaff, new GetRoster(review.Roster.Id))).Roster.Status);
        var audit = await world.Read(world.CountyStaff, db => db.AuditEntries.Where(a => a.EntityType == nameof(SubsidyCertification)).ToListAsync());
        Assert.Equal(reg.HouseholdId, Assert.Single(audit).HouseholdId);
        Assert.Equal(0, await world.Read(world.CountyStaff, db => db.AuditEntries.CountAsync(a => a.EntityType == nameof(RosterRow))));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_change_roster_cancels_a_certification_without_deleting_it_and_a_recorded_payment_keeps_its_amount(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var (reg, enrollment) = await world.RegisterAndEnroll(world.ClerkA, world.Chengguan, "H001", "yiliao-jiuzhu-1", new DateOnly(2019, 10, 1));
        var paid = await world.Send(world.ClerkA, People.Payment(enrollment.EnrollmentId, "D1", 0, "department"));
        var idNumber = await world.Read(world.ClerkA, db => db.Residents.Where(r => r.Id == reg.ResidentId).Select(r => r.IdNumber).SingleAsync());

        var cancel = await world.Import(RosterFiles.Csv([$"张三,{idNumber},yiliao-jiuzhu-1,民政局,,,,,取消"]), kind: RosterKind.Change);
        await world.Send(world.CountyStaff, new ApproveRosterRows(cancel.Roster.Id));

        var certifications = await world.Read(world.ClerkA, db => db.SubsidyCertifications.ToListAsync());
        var ended = Assert.Single(certifications);
        Assert.NotNull(ended.EndedAt);
        Assert.Equal(cancel.Roster.Id, ended.EndedByRosterId);
        var payment = await world.Read(world.ClerkA, db => db.Payments.SingleAsync(p => p.Id == paid.PaymentId));
        Assert.Equal(0, payment.AmountFen);
        Assert.Equal("yiliao-jiuzhu-1", payment.SubsidyCode);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_full_roster_ends_the_departments_certifications_it_no_longer_lists_but_a_roster_with_bad_rows_ends_none(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var a = People.IdNumber(new DateOnly(1960, 1, 1));
        var b = People.IdNumber(new DateOnly(1961, 1, 1));
        await world.RegisterHousehold(world.ClerkA, world.Chengguan, "H1", "甲", a);
        await world.RegisterHousehold(world.ClerkA, world.Chengguan, "H2", "乙", b);
        var first = await world.Import(RosterFiles.Csv([$"甲,{a},canji,残联,2019-09-01,,,,", $"乙,{b},canji,残联,2019-09-01,,,,"]), department: "残联");
        await world.Send(world.CountyStaff, new ApproveRosterRows(first.Roster.Id));

        var bad = await world.Import(RosterFiles.Csv([$"甲,{a},canji,残联,2019-09-01,,,,", "丙,12345,canji,残联,2019-09-01,,,,"]), department: "残联");
        Assert.Equal(1, bad.Ending);
        var withheld = await world.Send(world.CountyStaff, new ApproveRosterRows(bad.Roster.Id));
        Assert.Equal(0, withheld.Ended);
        Assert.Contains("未停止", withheld.Message);
        Assert.Equal(2, await world.Read(world.ClerkA, db => db.SubsidyCertifications.CountAsync(c => c.EndedAt == null)));

        var good = await world.Import(RosterFiles.Csv([$"甲,{a},canji,残联,2019-09-01,,,,"]), department: "残联");
        var replaced = await world.Send(world.CountyStaff, new ApproveRosterRows(good.Roster.Id));

        Assert.Equal(1, replaced.Ended);
        var live = await world.Read(world.ClerkA, db => db.SubsidyCertifications.Where(c => c.EndedAt == null).Select(c => c.RosterId).ToListAsync());
        Assert.Equal(good.Roster.Id, Assert.Single(live));
        Assert.Equal(4, await world.CountAll<SubsidyCertification>());
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Rows_are_approved_or_refused_one_by_one_and_the_feedback_lists_every_row_the_department_must_act_on(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var a = People.IdNumber(new DateOnly(1960, 1, 1));
        var b = People.IdNumber(new DateOnly(1961, 1, 1));
        await world.RegisterHousehold(world.ClerkA, world.Chengguan, "H1", "甲", a);
        await world.RegisterHousehold(world.ClerkA, world.Chengguan, "H2", "乙", b);
        var review = await world.Import(RosterFiles.Csv(
            [$"甲,{a},canji,残联,2019-09-01,,,,", $"乙,{b},canji,残联,2019-09-01,,,,", $"丁,{People.IdNumber(new DateOnly(1970, 1, 1))},canji,残联,,,,,"]));
        var rows = (await world.Send(world.CountyStaff, new ListRosterRows(review.Roster.Id, RosterOutcome.Matched))).Items;

        await Assert.ThrowsAsync<InputValidationException>(() => world.Send(world.CountyStaff, new RejectRosterRows(review.Roster.Id, [rows[1].Id], " ")));
        await world.Send(world.CountyStaff, new ApproveRosterRows(review.Roster.Id, [rows[0].Id]));
        Assert.Equal(RosterStatus.Ready, (await world.Send(world.CountyStaff, new GetRoster(review.Roster.Id))).Roster.Status);
        await world.Send(world.CountyStaff, new RejectRosterRows(review.Roster.Id, [rows[1].Id], "已死亡，请核实"));
        var done = await world.Send(world.CountyStaff, new GetRoster(review.Roster.Id));
        var again = await Assert.ThrowsAsync<Domain.Common.DomainException>(() => world.Send(world.CountyStaff, new ApproveRosterRows(review.Roster.Id)));

        Assert.Equal(RosterStatus.Reviewed, done.Roster.Status);
        Assert.Equal((0, 1, 1), (done.Pending, done.Approved, done.Rejected));
        Assert.Contains("审核完毕", again.Message);
        // The rows are read while the download is written, inside the request's scope.
        var (fileName, lines) = await world.Run(world.CountyStaff, async sp =>
        {
            var feedback = await sp.GetRequiredService<MediatR.IMediator>().Send(new GetRosterFeedback(review.Roster.Id));
            return (feedback.FileName, await feedback.Rows.ToListAsync());
        });
        Assert.Equal(["乙", "丁"], lines.Select(l => (string)l[1]!));
        Assert.Equal("已死亡，请核实", lines[0][10]);
        Assert.Equal("未登记", lines[1][9]);
        Assert.Contains("乡镇办理参保登记", (string)lines[1][11]!);
        Assert.Equal(b, lines[0][2]);
        Assert.Contains("反馈清单", fileName);
        Assert.Equal(1, await world.Read(world.ClerkA, db => db.SubsidyCertifications.CountAsync()));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_rejected_roster_changes_nobody_and_a_cancelled_import_leaves_no_rows(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var a = People.IdNumber(new DateOnly(1960, 1, 1));
        await world.RegisterHousehold(world.ClerkA, world.Chengguan, "H1", "甲", a);
        var review = await world.Import(RosterFiles.Csv([$"甲,{a},canji,残联,2019-09-01,,,,"]));

        await Assert.ThrowsAsync<InputValidationException>(() => world.Send(world.CountyStaff, new RejectRoster(review.Roster.Id, "")));
        await world.Send(world.CountyStaff, new RejectRoster(review.Roster.Id, "名单未盖章"));
        var rejected = await world.Send(world.CountyStaff, new GetRoster(review.Roster.Id));
        Assert.Equal(RosterStatus.Rejected, rejected.Roster.Status);
        Assert.Equal("名单未盖章", rejected.Roster.RejectReason);
        Assert.Equal(0, await world.CountAll<SubsidyCertification>());

        var staged = await world.Send(world.CountyStaff, new StageRoster { Department = "残联", Year = 2020, FileName = "b.csv", Content = RosterFiles.Csv([$"甲,{a},canji,残联,,,,,"]) });
        await world.Send(world.CountyStaff, new CancelRosterImport(staged.RosterId));
        var status = await world.Run(world.CountyStaff, sp => sp.GetRequiredService<RosterImport>().RunAsync(staged.RosterId, CancellationToken.None));

        Assert.Equal(RosterStatus.Cancelled, status);
        Assert.Equal(1, await world.CountAll<RosterRow>());
        Assert.Equal(0, await world.CountAll<RosterFile>());
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task An_import_stopped_after_a_batch_resumes_after_its_last_stored_row(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var a = People.IdNumber(new DateOnly(1960, 1, 1));
        await world.RegisterHousehold(world.ClerkA, world.Chengguan, "H1", "甲", a);
        var content = RosterFiles.Csv([$"甲,{a},canji,残联,,,,,", $"甲,{a},canji,残联,,,,,", $"乙,{People.IdNumber(new DateOnly(1961, 1, 1))},canji,残联,,,,,"]);
        var staged = await world.Send(world.CountyStaff, new StageRoster { Department = "残联", Year = 2020, FileName = "r.csv", Content = content });

        // The first batch (row 2) committed, then the portal stopped.
        await world.Send(world.CountyStaff, new StartRosterImport(staged.RosterId));
        var firstRow = new TableRow(2, new Dictionary<string, string> { ["name"] = "甲", ["id"] = a, ["category"] = "canji" }, new HashSet<string>());
        await world.Send(world.CountyStaff, new ImportRosterRows(staged.RosterId, [firstRow], 0.3));
        await world.Run(world.CountyStaff, sp => sp.GetRequiredService<RosterImport>().RunAsync(staged.RosterId, CancellationToken.None));

        var review = await world.Send(world.CountyStaff, new GetRoster(staged.RosterId));
        Assert.Equal(3, review.Roster.RowsTotal);
        Assert.Equal((1, 1, 1), (review.Count(RosterOutcome.Matched), review.Count(RosterOutcome.DuplicateInFile), review.Count(RosterOutcome.NotRegistered)));
    }

    /// <summary>Every roster request that takes a roster or row id (listed in the IDOR suite's coverage).</summary>
    internal static IEnumerable<(string Name, Func<ClerkWorld, TestUser, Guid, Guid, Task> Send)> ById()
    {
        static Task S<T>(ClerkWorld w, TestUser u, IRequest<T> r) => w.Send(u, r);
        yield return (nameof(GetRoster), (w, u, roster, _) => S(w, u, new GetRoster(roster)));
        yield return (nameof(ListRosterRows), (w, u, roster, _) => S(w, u, new ListRosterRows(roster)));
        yield return (nameof(ApproveRosterRows), (w, u, roster, row) => S(w, u, new ApproveRosterRows(roster, [row])));
        yield return (nameof(RejectRosterRows), (w, u, roster, row) => S(w, u, new RejectRosterRows(roster, [row], "越权")));
        yield return (nameof(RejectRoster), (w, u, roster, _) => S(w, u, new RejectRoster(roster, "越权")));
        yield return (nameof(CancelRosterImport), (w, u, roster, _) => S(w, u, new CancelRosterImport(roster)));
        yield return (nameof(GetRosterFeedback), (w, u, roster, _) => S(w, u, new GetRosterFeedback(roster)));
        yield return (nameof(ImportRosterRows), (w, u, roster, _) => S(w, u, new ImportRosterRows(roster, [], 1)));
        yield return (nameof(FinishRosterImport), (w, u, roster, _) => S(w, u, new FinishRosterImport(roster, "越权")));
    }

    // RecordReimbursementPayout: another county's payment is NotFound and a clerk Forbidden (DepartmentPaymentTests).
    internal static IEnumerable<string> CoveredRequests =>
        ById().Select(r => r.Name).Concat([nameof(StartRosterImport), nameof(StageRoster), nameof(RecordReimbursementPayout)]);

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Clerks_cannot_touch_rosters_and_another_county_cannot_see_or_change_them(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var a = People.IdNumber(new DateOnly(1960, 1, 1));
        await world.RegisterHousehold(world.ClerkA, world.Chengguan, "H1", "甲", a);
        var review = await world.Import(RosterFiles.Csv([$"甲,{a},canji,残联,,,,,"]));
        var row = (await world.Send(world.CountyStaff, new ListRosterRows(review.Roster.Id))).Items.Single().Id;

        foreach (var (name, send) in ById())
        {
            var clerk = await Record.ExceptionAsync(() => send(world, world.ClerkA, review.Roster.Id, row));
            var outsider = await Record.ExceptionAsync(() => send(world, world.OtherTenantCounty, review.Roster.Id, row));
            Assert.True(clerk is ForbiddenException, $"{name} as a clerk: {clerk?.GetType().Name ?? "allowed"}");
            Assert.True(outsider is NotFoundException, $"{name} from another county: {outsider?.GetType().Name ?? "allowed"}");
        }

        Assert.Null(await world.Send(world.OtherTenantCounty, new StartRosterImport(review.Roster.Id)));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.Send(world.ClerkA, new StageRoster { Department = "残联", Year = 2020, FileName = "x.csv", Content = [1] }));
        Assert.Empty(await world.Send(world.OtherTenantCounty, new ListRosters()));
        var unchanged = await world.Send(world.CountyStaff, new GetRoster(review.Roster.Id));
        Assert.Equal((RosterStatus.Ready, 1, 0), (unchanged.Roster.Status, unchanged.Pending, unchanged.Approved));
        var wrongYear = await Assert.ThrowsAsync<InputValidationException>(() => world.Send(world.CountyStaff, new StageRoster { Department = "残联", Year = 2019, FileName = "x.csv", Content = [1] }));
        Assert.Contains("2020", wrongYear.Message);
    }
}
