using System.Runtime.CompilerServices;

namespace ResidentMedicalInsurance.Infrastructure.Files;

/// <summary>
/// <see cref="ITableFileReader"/> by the file name's extension: .xlsx through MiniExcel
/// (<see cref="XlsxTable"/>), .csv through Sylvan.Data.Csv (<see cref="CsvTable"/>); anything else,
/// .xls included, is refused with a message saying to save the file as .xlsx (ADR 0052). The content is
/// read from its start; a stream that cannot seek (a browser upload) is first copied to a temporary file.
/// The caller's stream is not closed. Stateless: one instance serves every upload.
/// </summary>
public sealed class TableFileReader : ITableFileReader
{
    public async IAsyncEnumerable<TableRow> ReadAsync(
        Stream content, string fileName, TableLayout layout, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(layout);
        var kind = KindOf(fileName);
        await using var seekable = await SeekableContent.OpenAsync(content, cancellationToken).ConfigureAwait(false);
        if (seekable.Length == 0)
        {
            throw new TableFileException(TableFileMessages.EmptyFile);
        }

        if (kind == Kind.Xlsx)
        {
            foreach (var row in XlsxTable.Read(seekable, layout, cancellationToken))
            {
                yield return row;
            }
        }
        else
        {
            await foreach (var row in CsvTable.ReadAsync(seekable, layout, cancellationToken).ConfigureAwait(false))
            {
                yield return row;
            }
        }
    }

    private enum Kind
    {
        Xlsx,
        Csv,
    }

    private static Kind KindOf(string? fileName)
    {
        var extension = Path.GetExtension(CellText.Trim(fileName));
        if (extension.Equals(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            return Kind.Xlsx;
        }

        if (extension.Equals(".csv", StringComparison.OrdinalIgnoreCase))
        {
            return Kind.Csv;
        }

        throw new TableFileException(extension.Equals(".xls", StringComparison.OrdinalIgnoreCase)
            ? TableFileMessages.OldXls
            : TableFileMessages.NotXlsxOrCsv);
    }
}
