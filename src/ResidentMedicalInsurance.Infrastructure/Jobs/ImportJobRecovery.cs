using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;
using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Domain.Rosters;
using ResidentMedicalInsurance.Domain.Tax;
using ResidentMedicalInsurance.Infrastructure.Persistence;

namespace ResidentMedicalInsurance.Infrastructure.Jobs;

/// <summary>
/// At start-up, queues again every import still running that has no job (the portal stopped while it ran, or
/// between the upload's commit and its queueing): a roster or paid file being matched resumes after its last
/// stored batch; a paid file left 入账中 is applied again from the start (its transaction rolled back, ADR 0056).
/// </summary>
public sealed class ImportJobRecovery(IServiceScopeFactory scopes, ISchedulerFactory schedulers) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var rosters = await db.SubsidyRosters.IgnoreQueryFilters().AsNoTracking()
            .Where(r => r.Status == RosterStatus.Queued || r.Status == RosterStatus.Reading || r.Status == RosterStatus.Matching)
            .Select(r => new Running(StagedImport.Roster, r.Id, r.TenantId, r.UploadedBy))
            .ToListAsync(stoppingToken);
        var paidFiles = await db.PaidFiles.IgnoreQueryFilters().AsNoTracking()
            .Where(f => f.Status == PaidFileStatus.Queued || f.Status == PaidFileStatus.Reading || f.Status == PaidFileStatus.Matching || f.Status == PaidFileStatus.Applying)
            .Select(f => new Running(f.Status == PaidFileStatus.Applying ? StagedImport.PaidFileApply : StagedImport.PaidFile, f.Id, f.TenantId,
                f.Status == PaidFileStatus.Applying ? f.AppliedBy ?? f.UploadedBy : f.UploadedBy))
            .ToListAsync(stoppingToken);
        foreach (var job in rosters.Concat(paidFiles))
        {
            var userId = await db.Users.Where(u => u.UserName == job.UserName).Select(u => u.Id).FirstOrDefaultAsync(stoppingToken) ?? "";
            await QuartzImportJobs.EnqueueAsync(schedulers, job.Kind, job.Id, job.TenantId, userId, job.UserName, stoppingToken);
        }
    }

    private sealed record Running(StagedImport Kind, Guid Id, Guid TenantId, string UserName);
}
