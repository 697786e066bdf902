namespace ResidentMedicalInsurance.Application.Features.Common;

/// <summary>A staged file to read, and the last row a committed batch already stored (what each import's start step returns).</summary>
public sealed record StagedStart(string FileName, byte[] Content, int ResumeAfterRow);

/// <summary>
/// The reading loop every staged import shares: streams the file, skips the rows a committed batch already
/// stored, and hands the rest on in batches with the fraction of the file read (the progress estimate).
/// </summary>
internal static class StagedFileReading
{
    public const int BatchSize = 2000;

    /// <summary>Reads to the end or until <paramref name="sendBatch"/> says stop; the reader's message when the file cannot be read.</summary>
    public static async Task<string?> RunAsync(
        ITableFileReader reader, TableLayout layout, string fileName, byte[] content, int resumeAfterRow,
        Func<IReadOnlyList<TableRow>, double, Task<bool>> sendBatch, CancellationToken ct)
    {
        try
        {
            await using var stream = new MemoryStream(content, writable: false);
            var batch = new List<TableRow>(BatchSize);
            await foreach (var row in reader.ReadAsync(stream, fileName, layout, ct).ConfigureAwait(false))
            {
                if (row.RowNumber <= resumeAfterRow)
                {
                    continue;
                }

                batch.Add(row);
                if (batch.Count == BatchSize)
                {
                    var go = await sendBatch(batch.ToList(), Fraction(stream)).ConfigureAwait(false);
                    batch.Clear();
                    if (!go)
                    {
                        return null;
                    }
                }
            }

            if (batch.Count > 0)
            {
                await sendBatch(batch, 1).ConfigureAwait(false);
            }

            return null;
        }
        catch (TableFileException ex)
        {
            return ex.Message;
        }
    }

    private static double Fraction(Stream stream) => stream.Length == 0 ? 1 : (double)stream.Position / stream.Length;
}
