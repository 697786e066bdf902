using System.Text;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ResidentMedicalInsurance.Application;
using ResidentMedicalInsurance.Application.Features.Rosters;
using ResidentMedicalInsurance.Application.Security;
using ResidentMedicalInsurance.Domain.Rosters;
using Quartz;
using ResidentMedicalInsurance.Infrastructure.Demo;
using ResidentMedicalInsurance.Infrastructure.Identity;
using ResidentMedicalInsurance.Infrastructure.Jobs;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Infrastructure.Tenancy;
using ResidentMedicalInsurance.Testing;

namespace ResidentMedicalInsurance.Infrastructure.Tests.Jobs;

/// <summary>
/// The real job engine (Quartz.NET with its persistent store) on each provider: an import queued while the
/// portal was down runs when it starts again, and one the portal never queued is recovered at start-up; the
/// demo seeder runs its own imports without queueing jobs.
/// </summary>
public sealed class RosterJobEngineTests
{
    private static readonly byte[] Roster = new UTF8Encoding(false).GetBytes(
        "姓名,身份证号,资助类别\r\n甲,350426196001010012,canji\r\n乙,12345,canji\r\n");

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task An_import_queued_before_a_restart_runs_when_the_portal_starts_again(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        Guid rosterId;
        using (var stopped = JobPortal.Build(database))
        {
            // The scheduler is not started: the job is only written to its store, as when the portal stops right after an upload.
            rosterId = await Stage(stopped);
        }

        using var portal = JobPortal.Build(database);
        await portal.StartAsync();
        var status = await WaitForEnd(portal, rosterId);
        await portal.StopAsync();

        Assert.Equal(RosterStatus.Ready, status);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_roster_left_running_without_a_job_is_queued_again_at_start_up(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var inline = database.BuildServices(s => s.AddApplication());
        Guid rosterId;
        await using (var scope = inline.ScopeAs(await YouxiStaff(inline.Provider)))
        {
            rosterId = (await scope.Get<IMediator>().Send(new StageRoster { Department = "残联", Year = 2020, FileName = "r.csv", Content = Roster })).RosterId;
            await scope.Get<IMediator>().Send(new StartRosterImport(rosterId));
        }

        using var portal = JobPortal.Build(database);
        await portal.StartAsync();
        var status = await WaitForEnd(portal, rosterId);
        await portal.StopAsync();

        Assert.Equal(RosterStatus.Ready, status);
        await using var check = inline.ScopeAs(await YouxiStaff(inline.Provider));
        Assert.Equal(2, await check.Db().RosterRows.CountAsync(r => r.RosterId == rosterId));
    }

    [Fact]
    public async Task Demo_seeding_in_a_portal_with_the_job_engine_imports_its_rosters_itself_and_queues_no_job()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        using var portal = JobPortal.Build(database);
        await portal.Services.GetRequiredService<DemoSeeder>().SeedAsync();

        await using var scope = portal.Services.CreateAsyncScope();
        var rosters = await scope.Db().SubsidyRosters.IgnoreQueryFilters().Select(r => new { r.Id, r.Status }).ToListAsync();
        Assert.Equal(DemoRosters.ByTenant.Count, rosters.Count);
        Assert.All(rosters, r => Assert.Equal(RosterStatus.Reviewed, r.Status));
        var scheduler = await portal.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        foreach (var roster in rosters)
        {
            Assert.False(await scheduler.Exists(StagedImportJob.KeyFor(Application.Abstractions.StagedImport.Roster, roster.Id)), $"a job was queued for demo roster {roster.Id}");
        }
    }

    private static async Task<Guid> Stage(IHost portal)
    {
        await using var scope = portal.Services.GetRequiredService<IServiceScopeFactory>().CreateScopeAs(await YouxiStaff(portal.Services));
        return (await scope.Get<IMediator>().Send(new StageRoster { Department = "残联", Year = 2020, FileName = "r.csv", Content = Roster })).RosterId;
    }

    private static async Task<RosterStatus> WaitForEnd(IHost portal, Guid rosterId)
    {
        var principal = await YouxiStaff(portal.Services);
        for (var i = 0; i < 300; i++)
        {
            await using var scope = portal.Services.GetRequiredService<IServiceScopeFactory>().CreateScopeAs(principal);
            var status = await scope.Db().SubsidyRosters.Where(r => r.Id == rosterId).Select(r => r.Status).SingleAsync();
            if (status is not (RosterStatus.Queued or RosterStatus.Reading or RosterStatus.Matching))
            {
                return status;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The roster import did not end within 30 s.");
    }

    private static async Task<System.Security.Claims.ClaimsPrincipal> YouxiStaff(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var tenant = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Tenants.IgnoreQueryFilters().SingleAsync(t => t.Code == "youxi");
        return TestPrincipals.User(tenant.Id, Roles.CountyStaff, userName: "county-youxi");
    }
}
