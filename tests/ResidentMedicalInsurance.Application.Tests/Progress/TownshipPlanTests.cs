using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Application.Features.Progress;
using ResidentMedicalInsurance.Application.Security;
using ResidentMedicalInsurance.Application.Tests.Support;
using ResidentMedicalInsurance.Domain.Auditing;
using ResidentMedicalInsurance.Domain.Progress;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Testing;

namespace ResidentMedicalInsurance.Application.Tests.Progress;

/// <summary>参保任务数 entered and imported by supervisors (ADR 0062), on SQLite and PostgreSQL.</summary>
public sealed class TownshipPlanTests
{
    /// <summary>The requests of this feature that take a township id, for the IDOR suite.</summary>
    internal static IEnumerable<string> CoveredRequests => [nameof(SetTownshipPlans)];

    private static TestUser ShiquanSupervisor(ClerkWorld world) => new("supervisor-shiquan", world.ShiquanId, [Roles.Supervisor], []);

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_supervisor_sets_and_changes_plans_and_each_change_is_audited(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);

        var first = await world.Send(world.Supervisor, new SetTownshipPlans(2020, [new(world.Chengguan, 30000), new(world.Meixian, 20000)]));
        var sheet = await world.Send(world.Supervisor, new TownshipPlanList());

        Assert.Equal(2, first.Changed);
        Assert.Equal(2020, sheet.Year);
        Assert.Equal([("城关镇", (int?)30000, (PlanSource?)PlanSource.Entered), ("梅仙镇", 20000, PlanSource.Entered)],
            sheet.Townships.Select(t => (t.Township, t.Persons, t.Source)));
        Assert.Equal(50000, sheet.Total);
        Assert.All(sheet.Townships, t => Assert.Equal("supervisor-youxi", t.EnteredBy));

        world.Clock.Now = world.Clock.Now.AddDays(1);
        var chengguan = sheet.Townships[0];
        var second = await world.Send(world.Supervisor, new SetTownshipPlans(2020,
            [new(world.Chengguan, 31000, chengguan.Version), new(world.Meixian, 20000, sheet.Townships[1].Version)]));

        Assert.Equal(1, second.Changed);
        var plans = await world.Read(world.Supervisor, db => db.TownshipPlans.AsNoTracking().ToListAsync());
        var changed = plans.Single(p => p.TownshipId == world.Chengguan);
        Assert.Equal((31000, PlanSource.Entered, world.Clock.Now), (changed.Persons, changed.Source, changed.EnteredAt));
        Assert.Equal(chengguan.Version + 1, changed.Version);

        var audit = await world.Read(world.Supervisor, db => db.AuditEntries.AsNoTracking().Where(a => a.EntityType == nameof(TownshipPlan)).ToListAsync());
        Assert.Equal(3, audit.Count);
        Assert.All(audit, a => Assert.Equal((nameof(SetTownshipPlans), "supervisor-youxi"), (a.Action, a.UserName)));
        Assert.Equal(2, audit.Count(a => a.Operation == AuditOperation.Added));
        var modified = audit.Single(a => a.Operation == AuditOperation.Modified);
        Assert.Equal(changed.Id, modified.EntityId);
        Assert.Contains("\"Persons\":30000", modified.Before, StringComparison.Ordinal);
        Assert.Contains("\"Persons\":31000", modified.After, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task An_empty_plan_removes_the_townships_plan_audited(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        await world.Send(world.Supervisor, new SetTownshipPlans(2021, [new(world.Chengguan, 100)]));

        var removed = await world.Send(world.Supervisor, new SetTownshipPlans(2021, [new(world.Chengguan, null), new(world.Meixian, null)]));

        Assert.Equal(1, removed.Changed);
        var sheet = await world.Send(world.Supervisor, new TownshipPlanList(2021));
        Assert.All(sheet.Townships, t => Assert.Null(t.Persons));
        Assert.Equal(2, sheet.Missing);
        Assert.Equal(1, await world.Read(world.Supervisor, db => db.AuditEntries.CountAsync(a => a.EntityType == nameof(TownshipPlan) && a.Operation == AuditOperation.Deleted)));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task The_notices_plans_are_read_only_and_nothing_of_the_request_is_saved(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        await NoticePlanAsync(world, world.Chengguan, 30224);

        var refused = await Assert.ThrowsAsync<InputValidationException>(() =>
            world.Send(world.Supervisor, new SetTownshipPlans(2020, [new(world.Meixian, 32441), new(world.Chengguan, 30000)])));

        Assert.Contains("来自通知", refused.Message, StringComparison.Ordinal);
        Assert.Equal("Rows[1].Persons", Assert.Single(refused.Fields).Property);
        Assert.Empty(await world.Read(world.Supervisor, db => db.TownshipPlans.Where(p => p.Source != PlanSource.Notice).ToListAsync()));
        await Assert.ThrowsAsync<InputValidationException>(() => world.Send(world.Supervisor, new SetTownshipPlans(2020, [new(world.Chengguan, null)])));

        // The notice's own figure is no change, so the rest of the grid saves; another year is not the notice's.
        var saved = await world.Send(world.Supervisor, new SetTownshipPlans(2020, [new(world.Chengguan, 30224), new(world.Meixian, 32441)]));
        await world.Send(world.Supervisor, new SetTownshipPlans(2021, [new(world.Chengguan, 31000)]));

        Assert.Equal(1, saved.Changed);
        var sheet = await world.Send(world.Supervisor, new TownshipPlanList(2020));
        Assert.True(sheet.Townships[0].FromNotice);
        Assert.Equal("来自通知", sheet.Townships[0].SourceText);
        Assert.Equal(30224 + 32441, sheet.Total);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Only_supervisors_read_and_write_plans(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var content = Xlsx(("城关镇", 100));

        foreach (var user in new[] { world.ClerkA, world.CountyStaff, world.Admin })
        {
            await Assert.ThrowsAsync<ForbiddenException>(() => world.Send(user, new TownshipPlanList()));
            await Assert.ThrowsAsync<ForbiddenException>(() => world.Send(user, new SetTownshipPlans(2020, [new(world.Chengguan, 100)])));
            await Assert.ThrowsAsync<ForbiddenException>(() => world.Send(user, new ImportTownshipPlans(2020, "任务数.xlsx", content)));
            await Assert.ThrowsAsync<ForbiddenException>(() => world.Send(user, new GetTownshipPlanTemplate(2020)));
        }

        Assert.Equal(0, await world.CountAll<TownshipPlan>());
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Another_tenants_township_is_not_found_and_its_plans_are_not_listed(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var shiquan = ShiquanSupervisor(world);
        await world.Send(shiquan, new SetTownshipPlans(2021, [new(world.ShiquanChengguan, 43486)]));

        await Assert.ThrowsAsync<NotFoundException>(() => world.Send(world.Supervisor, new SetTownshipPlans(2021, [new(world.Chengguan, 1), new(world.ShiquanChengguan, 1)])));
        await Assert.ThrowsAsync<NotFoundException>(() => world.Send(shiquan, new SetTownshipPlans(2021, [new(world.Chengguan, 1)])));

        var youxi = await world.Send(world.Supervisor, new TownshipPlanList(2021));
        Assert.Equal(["城关镇", "梅仙镇"], youxi.Townships.Select(t => t.Township));
        Assert.All(youxi.Townships, t => Assert.Null(t.Persons));
        var own = await world.Send(shiquan, new TownshipPlanList());
        Assert.Equal((2021, 43486), (own.Year, Assert.Single(own.Townships).Persons));
        Assert.Equal(1, await world.CountAll<TownshipPlan>());
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Wrong_numbers_years_and_a_plan_changed_since_it_was_read_are_refused_beside_their_rows(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);

        var wrong = await Assert.ThrowsAsync<InputValidationException>(() =>
            world.Send(world.Supervisor, new SetTownshipPlans(2020, [new(world.Chengguan, -1), new(world.Meixian, PlanRules.MaxPersons + 1)])));
        Assert.Equal(["Rows[0].Persons", "Rows[1].Persons"], wrong.Fields.Select(f => f.Property));
        Assert.All(wrong.Fields, f => Assert.Contains("0 至 10,000,000", f.Message, StringComparison.Ordinal));
        var year = await Assert.ThrowsAsync<InputValidationException>(() => world.Send(world.Supervisor, new SetTownshipPlans(1990, [new(world.Chengguan, 1)])));
        Assert.Equal("Year", Assert.Single(year.Fields).Property);
        await Assert.ThrowsAsync<InputValidationException>(() => world.Send(world.Supervisor, new SetTownshipPlans(2020, [new(world.Chengguan, 1), new(world.Chengguan, 2)])));

        await world.Send(world.Supervisor, new SetTownshipPlans(2020, [new(world.Chengguan, PlanRules.MaxPersons)]));
        var read = (await world.Send(world.Supervisor, new TownshipPlanList())).Townships[0];
        await world.Send(world.Supervisor, new SetTownshipPlans(2020, [new(world.Chengguan, 0, read.Version)]));
        var stale = await Assert.ThrowsAsync<InputValidationException>(() =>
            world.Send(world.Supervisor, new SetTownshipPlans(2020, [new(world.Chengguan, 5, read.Version)])));

        Assert.Contains("已被他人修改", stale.Message, StringComparison.Ordinal);
        Assert.Equal(0, (await world.Send(world.Supervisor, new TownshipPlanList())).Townships[0].Persons);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_good_xlsx_is_imported_as_imported_plans_audited(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        await world.Send(world.Supervisor, new SetTownshipPlans(2020, [new(world.Meixian, 20000)]));

        var result = await world.Send(world.Supervisor, new ImportTownshipPlans(2020, "任务数.xlsx", Xlsx(("城关镇", 30224), (" 梅仙镇 ", 20000), ("", null))));

        Assert.True(result.Applied);
        Assert.Equal((2, 1), (result.Rows, result.Changed));
        Assert.Empty(result.Problems);
        var plans = await world.Read(world.Supervisor, db => db.TownshipPlans.AsNoTracking().ToDictionaryAsync(p => p.TownshipId));
        Assert.Equal((30224, PlanSource.Imported, "supervisor-youxi"), (plans[world.Chengguan].Persons, plans[world.Chengguan].Source, plans[world.Chengguan].EnteredBy));
        Assert.Equal((20000, PlanSource.Entered), (plans[world.Meixian].Persons, plans[world.Meixian].Source));
        var audit = await world.Read(world.Supervisor, db => db.AuditEntries.AsNoTracking().Where(a => a.Action == nameof(ImportTownshipPlans)).ToListAsync());
        Assert.Equal(plans[world.Chengguan].Id, Assert.Single(audit).EntityId);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_file_with_wrong_rows_lists_each_and_saves_nothing(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        await NoticePlanAsync(world, world.Meixian, 32441);
        var content = Xlsx(
            ("城关镇", 30224),       // row 2: good, but not saved with the others wrong
            ("洋中镇", 26862),       // row 3: no such township in the county
            ("城关镇", 1),           // row 4: duplicate of row 2
            ("梅仙镇", 1),           // row 5: the notice's plan
            ("城关镇", "12.5"),     // row 6: duplicate (listed once, as a duplicate)
            ("", 5),                 // row 7: no township
            ("城  关镇", -3));       // row 8: duplicate too

        var result = await world.Send(world.Supervisor, new ImportTownshipPlans(2020, "任务数.xlsx", content));

        Assert.False(result.Applied);
        Assert.Equal([3, 4, 5, 6, 7, 8], result.Problems.Select(p => p.RowNumber));
        Assert.Contains("洋中镇", result.Problems[0].Reason, StringComparison.Ordinal);
        Assert.Contains("第 2 行重复", result.Problems[1].Reason, StringComparison.Ordinal);
        Assert.Contains("来自通知", result.Problems[2].Reason, StringComparison.Ordinal);
        Assert.Contains("乡镇为空", result.Problems[4].Reason, StringComparison.Ordinal);
        Assert.Contains("6 行有误", result.Message, StringComparison.Ordinal);
        Assert.Equal(1, await world.CountAll<TownshipPlan>());
        Assert.Equal(0, await world.Read(world.Supervisor, db => db.AuditEntries.CountAsync(a => a.Action == nameof(ImportTownshipPlans))));

        var numbers = await world.Send(world.Supervisor, new ImportTownshipPlans(2020, "任务数.xlsx",
            Xlsx(("城关镇", "12.5"), ("梅仙镇", "三百"), ("城关镇", null))));
        Assert.Equal(
            [(2, "不是整数"), (3, "不是数字"), (4, "重复")],
            numbers.Problems.Select(p => (p.RowNumber, Reason(p.Reason))));
        var negative = await world.Send(world.Supervisor, new ImportTownshipPlans(2021, "任务数.xlsx", Xlsx(("城关镇", -3), ("梅仙镇", null))));
        Assert.Equal([(2, "负数"), (3, "为空")], negative.Problems.Select(p => (p.RowNumber, Reason(p.Reason))));
        Assert.Equal(1, await world.CountAll<TownshipPlan>());
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task The_template_lists_the_townships_with_their_plans_and_comes_back_unchanged(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        await NoticePlanAsync(world, world.Chengguan, 30224);

        var template = await world.Send(world.Supervisor, new GetTownshipPlanTemplate(2020));
        var rows = new List<IReadOnlyList<object?>>();
        await foreach (var row in template.Rows)
        {
            rows.Add(row);
        }

        Assert.Equal(["乡镇", "任务数"], template.Headers);
        Assert.Equal([("城关镇", (object?)30224), ("梅仙镇", null)], rows.Select(r => (r[0], r[1])));
        using var file = new MemoryStream();
        await world.Run(world.Supervisor, async sp =>
        {
            // The template as a supervisor fills it in: 梅仙镇's number typed.
            await sp.GetRequiredService<ITableFileWriter>().WriteXlsxAsync(file, template.Sheet, template.Headers, Rows([["城关镇", 30224], ["梅仙镇", 32441]]), CancellationToken.None);
            return file.Length;
        });
        var result = await world.Send(world.Supervisor, new ImportTownshipPlans(2020, template.FileName, file.ToArray()));

        Assert.True(result.Applied, string.Join("; ", result.Problems.Select(p => p.Reason)));
        Assert.Equal((2, 1), (result.Rows, result.Changed));
    }

    [Fact]
    public void Every_plan_text_exists_in_Chinese_and_English_and_every_source_has_a_label()
    {
        ResourcePair.AssertComplete("Plans");
        Assert.All(Enum.GetValues<PlanSource>(), s => Assert.NotEmpty(PlanTexts.Source(s)));
    }

    private static string Reason(string reason) =>
        new[] { "不是整数", "不是数字", "重复", "负数", "为空" }.First(k => reason.Contains(k, StringComparison.Ordinal));

    private static Task<int> NoticePlanAsync(ClerkWorld world, Guid township, int persons) =>
        world.Read(world.CountyStaff, db =>
        {
            db.TownshipPlans.Add(new TownshipPlan { Id = Guid.CreateVersion7(), TownshipId = township, Year = 2020, Persons = persons, Source = PlanSource.Notice });
            return db.SaveChangesAsync();
        });

    /// <summary>A real xlsx written by MiniExcel: the header 乡镇, 任务数 and the rows (a number cell for an int, a text cell for a string).</summary>
    private static byte[] Xlsx(params (string Township, object? Persons)[] rows)
    {
        using var stream = new MemoryStream();
        var sheet = rows.Select(r => new Dictionary<string, object?> { ["乡镇"] = r.Township, ["任务数"] = r.Persons }).ToList();
        MiniExcel.SaveAs(stream, sheet, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    private static async IAsyncEnumerable<IReadOnlyList<object?>> Rows(IEnumerable<object?[]> rows)
    {
        foreach (var row in rows)
        {
            await Task.Yield();
            yield return row;
        }
    }
}
