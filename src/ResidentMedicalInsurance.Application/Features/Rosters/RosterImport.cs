using ResidentMedicalInsurance.Domain.Rosters;

namespace ResidentMedicalInsurance.Application.Features.Rosters;

/// <summary>
/// The import of one staged roster, run by the job engine (and the CLI): streams the file, matches it in
/// batches (<see cref="StagedFileReading"/>) (each batch one committed command, so progress shows and a
/// restart resumes), then ends it ready for review. A file that cannot be read fails with its message.
/// </summary>
public sealed class RosterImport(IMediator mediator, ITableFileReader reader) : IStagedImportRunner
{
    public StagedImport Kind => StagedImport.Roster;

    async Task<string?> IStagedImportRunner.RunAsync(Guid id, CancellationToken cancellationToken) =>
        (await RunAsync(id, cancellationToken).ConfigureAwait(false))?.ToString();

    public async Task<RosterStatus?> RunAsync(Guid rosterId, CancellationToken cancellationToken)
    {
        var start = await mediator.Send(new StartRosterImport(rosterId), cancellationToken).ConfigureAwait(false);
        if (start is null)
        {
            // Already finished, or cancelled before it began: let the roster say which.
            return await mediator.Send(new FinishRosterImport(rosterId, null), cancellationToken).ConfigureAwait(false);
        }

        var failure = await StagedFileReading.RunAsync(reader, RosterLayout.Columns, start.FileName, start.Content, start.ResumeAfterRow,
            (rows, fraction) => mediator.Send(new ImportRosterRows(rosterId, rows, fraction), cancellationToken), cancellationToken).ConfigureAwait(false);
        return await mediator.Send(new FinishRosterImport(rosterId, failure), cancellationToken).ConfigureAwait(false);
    }
}
