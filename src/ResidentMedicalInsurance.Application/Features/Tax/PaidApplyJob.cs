using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using ResidentMedicalInsurance.Application.Behaviours;
using ResidentMedicalInsurance.Application.Features.Rosters;
using ResidentMedicalInsurance.Domain.Tax;

namespace ResidentMedicalInsurance.Application.Features.Tax;

// 入账 as a job (ADR 0056): the page queues it, the job engine runs ApplyPaidFile (one transaction) as the person
// who asked, and a failure leaves the file 待入账 with its reason. A kill leaves it 入账中 with nothing written: the
// start-up recovery queues it again.

/// <summary>入账 asked for on the page: the file shows 入账中 until the job has applied it.</summary>
[AuthorizeRoles(Roles.Bureau)]
public sealed record QueuePaidFileApply(Guid FileId) : ICommand<string>;

/// <summary>The job's answer to a failed 入账: it rolled back, so the file is 待入账 again, with the reason.</summary>
[AuthorizeRoles(Roles.Bureau)]
public sealed record FailPaidFileApply(Guid FileId, string Failure) : ICommand<PaidFileStatus>;

public sealed class QueuePaidFileApplyHandler(IAppDbContext db, ICurrentUser user, IImportJobs jobs, AfterCommit afterCommit)
    : IRequestHandler<QueuePaidFileApply, string>
{
    public async Task<string> Handle(QueuePaidFileApply request, CancellationToken cancellationToken)
    {
        var file = (await db.PaidFiles.FirstOrDefaultAsync(f => f.Id == request.FileId, cancellationToken)).Found();
        if (file.Status != PaidFileStatus.Ready)
        {
            throw new AppException(TaxTexts.Get(file.Status switch
            {
                PaidFileStatus.Applied => "Apply_AlreadyApplied",
                PaidFileStatus.Applying => "Apply_Running",
                _ => "Apply_NotReady",
            }));
        }

        file.Status = PaidFileStatus.Applying;
        file.AppliedBy = user.UserName ?? "";
        file.Failure = null;
        file.Version++;
        await SaveGuard.SaveAsync(db, TaxTexts.Get("Apply_Running"), cancellationToken);
        afterCommit.Add(ct => jobs.EnqueueImportAsync(StagedImport.PaidFileApply, file.Id, ct));
        return TaxTexts.Format("Apply_Queued", file.FileName);
    }
}

public sealed class FailPaidFileApplyHandler(IAppDbContext db) : IRequestHandler<FailPaidFileApply, PaidFileStatus>
{
    public async Task<PaidFileStatus> Handle(FailPaidFileApply request, CancellationToken cancellationToken)
    {
        var file = (await db.PaidFiles.FirstOrDefaultAsync(f => f.Id == request.FileId, cancellationToken)).Found();
        if (file.Status == PaidFileStatus.Applying)
        {
            file.Status = PaidFileStatus.Ready;
            file.Failure = RosterValues.Fit(TaxTexts.Format("Apply_Failed", request.Failure), 500);
            file.Version++;
            await db.SaveChangesAsync(cancellationToken);
        }

        return file.Status;
    }
}

/// <summary>How far the running 入账 of each file is, in the process that runs it (its transaction shows nothing to others before it commits).</summary>
public class PaidApplyProgress
{
    private readonly ConcurrentDictionary<Guid, (int Done, int Total)> files = new();

    /// <summary>After each chunk: rows applied of the rows to apply.</summary>
    public virtual void Report(Guid fileId, int done, int total) => files[fileId] = (done, total);

    public (int Done, int Total)? Of(Guid fileId) => files.TryGetValue(fileId, out var progress) ? progress : null;

    public void Forget(Guid fileId) => files.TryRemove(fileId, out _);
}

/// <summary>The 入账 job of one file (job engine; the CLI sends <see cref="ApplyPaidFile"/> itself).</summary>
public sealed partial class PaidFileApplication(IMediator mediator, PaidApplyProgress progress, ILogger<PaidFileApplication> logger) : IStagedImportRunner
{
    public StagedImport Kind => StagedImport.PaidFileApply;

    async Task<string?> IStagedImportRunner.RunAsync(Guid id, CancellationToken cancellationToken) =>
        (await RunAsync(id, cancellationToken).ConfigureAwait(false)).ToString();

    /// <summary>Applied, or 待入账 again with the reason; a cancelled run (the host stopping) leaves it 入账中 for the recovery.</summary>
    public async Task<PaidFileStatus> RunAsync(Guid fileId, CancellationToken cancellationToken)
    {
        try
        {
            await mediator.Send(new ApplyPaidFile(fileId), cancellationToken).ConfigureAwait(false);
            return PaidFileStatus.Applied;
        }
        catch (AppException ex)
        {
            return await mediator.Send(new FailPaidFileApply(fileId, ex.Message), CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogFailed(logger, ex, fileId);
            return await mediator.Send(new FailPaidFileApply(fileId, TaxTexts.Get("Apply_Error")), CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            progress.Forget(fileId);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "入账 of paid file {FileId} failed and was rolled back")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid fileId);
}
