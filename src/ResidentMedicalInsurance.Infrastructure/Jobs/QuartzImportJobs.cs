using Quartz;
using ResidentMedicalInsurance.Application.Abstractions;

namespace ResidentMedicalInsurance.Infrastructure.Jobs;

/// <summary>
/// Queues a staged import as a durable, recoverable Quartz job run as the user who staged it (unless the
/// scope runs its imports itself: <see cref="InlineImportJobs.RunByCaller"/>).
/// </summary>
public sealed class QuartzImportJobs(ISchedulerFactory schedulers, ICurrentUser user, InlineImportJobs inline) : IImportJobs
{
    public Task EnqueueImportAsync(StagedImport kind, Guid id, CancellationToken cancellationToken) => inline.RunByCaller
        ? inline.EnqueueImportAsync(kind, id, cancellationToken)
        : EnqueueAsync(schedulers, kind, id, user.TenantId ?? throw new InvalidOperationException("No tenant is signed in."), user.UserId ?? "", user.UserName ?? "", cancellationToken);

    public static async Task EnqueueAsync(ISchedulerFactory schedulers, StagedImport kind, Guid id, Guid tenantId, string userId, string userName, CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct).ConfigureAwait(false);
        var key = StagedImportJob.KeyFor(kind, id);
        if (await scheduler.Exists(key, ct).ConfigureAwait(false))
        {
            return;
        }

        var job = JobBuilder.Create<StagedImportJob>()
            .WithIdentity(key)
            .UsingJobData(StagedImportJob.Kind, kind.ToString())
            .UsingJobData(StagedImportJob.Id, id.ToString())
            .UsingJobData(StagedImportJob.TenantId, tenantId.ToString())
            .UsingJobData(StagedImportJob.UserId, userId)
            .UsingJobData(StagedImportJob.UserName, userName)
            .RequestRecovery()
            .Build();
        var trigger = TriggerBuilder.Create().ForJob(key).StartNow().Build();
        try
        {
            await scheduler.ScheduleJob(job, trigger, new ScheduleJobOptions(), ct).ConfigureAwait(false);
        }
        catch (ObjectAlreadyExistsException)
        {
            // Queued at the same moment by the start-up recovery: one job is enough.
        }
    }
}
