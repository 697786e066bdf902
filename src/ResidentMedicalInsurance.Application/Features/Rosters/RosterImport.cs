using ResidentMedicalInsurance.Domain.Rosters;

namespace ResidentMedicalInsurance.Application.Features.Rosters;

/// <summary>
/// The import of one staged roster, run by the job engine (and the CLI): streams the file, matches it in
/// batches of <see cref="BatchSize"/> rows (each batch one committed command, so progress shows and a
/// restart resumes), then ends it ready for review. A file that cannot be read fails with its message.
/// </summary>
public sealed class RosterImport(IMediator mediator, ITableFileReader reader) : IStagedImportRunner
{
    public const int BatchSize = 2000;

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

        try
        {
            await using var content = new MemoryStream(start.Content, writable: false);
            var batch = new List<TableRow>(BatchSize);
            await foreach (var row in reader.ReadAsync(content, start.FileName, RosterLayout.Columns, cancellationToken).ConfigureAwait(false))
            {
                if (row.RowNumber <= start.ResumeAfterRow)
                {
                    continue;
                }

                batch.Add(row);
                if (batch.Count == BatchSize && !await SendAsync(rosterId, batch, content, cancellationToken).ConfigureAwait(false))
                {
                    break;
                }
            }

            if (batch.Count > 0)
            {
                await SendAsync(rosterId, batch, content, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (TableFileException ex)
        {
            return await mediator.Send(new FinishRosterImport(rosterId, ex.Message), cancellationToken).ConfigureAwait(false);
        }

        return await mediator.Send(new FinishRosterImport(rosterId, null), cancellationToken).ConfigureAwait(false);
    }

    private async Task<bool> SendAsync(Guid rosterId, List<TableRow> batch, Stream content, CancellationToken ct)
    {
        var fraction = content.Length == 0 ? 1 : (double)content.Position / content.Length;
        var go = await mediator.Send(new ImportRosterRows(rosterId, batch.ToList(), fraction), ct).ConfigureAwait(false);
        batch.Clear();
        return go;
    }
}
