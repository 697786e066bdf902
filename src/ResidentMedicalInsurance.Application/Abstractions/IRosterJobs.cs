namespace ResidentMedicalInsurance.Application.Abstractions;

/// <summary>The job engine as the roster work sees it (Quartz.NET in Infrastructure; ADR 0053).</summary>
public interface IRosterJobs
{
    /// <summary>Queues the import of a staged roster, as the signed-in user; idempotent per roster.</summary>
    Task EnqueueImportAsync(Guid rosterId, CancellationToken cancellationToken);
}
