using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;
using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Domain.Rosters;
using ResidentMedicalInsurance.Infrastructure.Persistence;

namespace ResidentMedicalInsurance.Infrastructure.Jobs;

/// <summary>
/// At start-up, queues again every roster still being imported that has no job (the portal stopped while it
/// ran, or stopped between the upload's commit and its queueing). The import resumes after its last stored batch.
/// </summary>
public sealed class ImportJobRecovery(IServiceScopeFactory scopes, ISchedulerFactory schedulers) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var running = await db.SubsidyRosters.IgnoreQueryFilters().AsNoTracking()
            .Where(r => r.Status == RosterStatus.Queued || r.Status == RosterStatus.Reading || r.Status == RosterStatus.Matching)
            .Select(r => new { r.Id, r.TenantId, r.UploadedBy })
            .ToListAsync(stoppingToken);
        foreach (var roster in running)
        {
            var userId = await db.Users.Where(u => u.UserName == roster.UploadedBy).Select(u => u.Id).FirstOrDefaultAsync(stoppingToken) ?? "";
            await QuartzImportJobs.EnqueueAsync(schedulers, StagedImport.Roster, roster.Id, roster.TenantId, userId, roster.UploadedBy, stoppingToken);
        }
    }
}
