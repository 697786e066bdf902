namespace ResidentMedicalInsurance.Application.Abstractions;

/// <summary>The job engine as staged imports see it (Quartz.NET in Infrastructure; ADR 0053).</summary>
public interface IImportJobs
{
    /// <summary>Queues the import of a staged file, as the signed-in user; idempotent per file.</summary>
    Task EnqueueImportAsync(StagedImport kind, Guid id, CancellationToken cancellationToken);
}

/// <summary>The kinds of staged file a job imports.</summary>
public enum StagedImport
{
    /// <summary>A department's subsidy roster (Features/Rosters).</summary>
    Roster = 1,

    /// <summary>The tax bureau's or a bank's paid records (Features/Tax).</summary>
    PaidFile = 2,

    /// <summary>入账 of a matched paid file, one transaction (Features/Tax, ADR 0056).</summary>
    PaidFileApply = 3,
}

/// <summary>Runs one kind of staged import to its end (matching in committed batches, resumable; or 入账 in one transaction).</summary>
public interface IStagedImportRunner
{
    StagedImport Kind { get; }

    Task<string?> RunAsync(Guid id, CancellationToken cancellationToken);
}
