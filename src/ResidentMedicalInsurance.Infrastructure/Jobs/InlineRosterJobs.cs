using ResidentMedicalInsurance.Application.Abstractions;

namespace ResidentMedicalInsurance.Infrastructure.Jobs;

/// <summary>
/// Hosts without the job engine (the CLI, the test world) run a staged import themselves: this keeps the
/// rosters a command queued in this scope, and the host runs <c>RosterImport</c> for each.
/// </summary>
public sealed class InlineRosterJobs : IRosterJobs
{
    private readonly List<Guid> queued = [];

    public IReadOnlyList<Guid> Queued => queued;

    /// <summary>
    /// Set by work that runs its imports itself in a host with the job engine (the demo seeder): this scope's
    /// uploads are kept here instead of queued, so no job runs the same import beside it.
    /// </summary>
    public bool RunByCaller { get; set; }

    public Task EnqueueImportAsync(Guid rosterId, CancellationToken cancellationToken)
    {
        queued.Add(rosterId);
        return Task.CompletedTask;
    }
}
