using ResidentMedicalInsurance.Application.Abstractions;

namespace ResidentMedicalInsurance.Infrastructure.Jobs;

/// <summary>
/// Hosts without the job engine (the CLI, the test world) run a staged import themselves: this keeps the
/// files a command queued in this scope, and the host runs the import for each.
/// </summary>
public sealed class InlineImportJobs : IImportJobs
{
    private readonly List<(StagedImport Kind, Guid Id)> queued = [];

    public IReadOnlyList<(StagedImport Kind, Guid Id)> Queued => queued;

    /// <summary>
    /// Set by work that runs its imports itself in a host with the job engine (the demo seeder): this scope's
    /// uploads are kept here instead of queued, so no job runs the same import beside it.
    /// </summary>
    public bool RunByCaller { get; set; }

    public Task EnqueueImportAsync(StagedImport kind, Guid id, CancellationToken cancellationToken)
    {
        queued.Add((kind, id));
        return Task.CompletedTask;
    }
}
