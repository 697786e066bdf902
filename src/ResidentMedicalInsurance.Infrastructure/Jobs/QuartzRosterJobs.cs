using Quartz;
using ResidentMedicalInsurance.Application.Abstractions;

namespace ResidentMedicalInsurance.Infrastructure.Jobs;

/// <summary>
/// Queues a roster import as a durable, recoverable Quartz job run as the user who staged it (unless the
/// scope runs its imports itself: <see cref="InlineRosterJobs.RunByCaller"/>).
/// </summary>
public sealed class QuartzRosterJobs(ISchedulerFactory schedulers, ICurrentUser user, InlineRosterJobs inline) : IRosterJobs
{
    public Task EnqueueImportAsync(Guid rosterId, CancellationToken cancellationToken) => inline.RunByCaller
        ? inline.EnqueueImportAsync(rosterId, cancellationToken)
        : EnqueueAsync(schedulers, rosterId, user.TenantId ?? throw new InvalidOperationException("No tenant is signed in."), user.UserId ?? "", user.UserName ?? "", cancellationToken);

    public static async Task EnqueueAsync(ISchedulerFactory schedulers, Guid rosterId, Guid tenantId, string userId, string userName, CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct).ConfigureAwait(false);
        var key = RosterImportJob.KeyFor(rosterId);
        if (await scheduler.Exists(key, ct).ConfigureAwait(false))
        {
            return;
        }

        var job = JobBuilder.Create<RosterImportJob>()
            .WithIdentity(key)
            .UsingJobData(RosterImportJob.RosterId, rosterId.ToString())
            .UsingJobData(RosterImportJob.TenantId, tenantId.ToString())
            .UsingJobData(RosterImportJob.UserId, userId)
            .UsingJobData(RosterImportJob.UserName, userName)
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
