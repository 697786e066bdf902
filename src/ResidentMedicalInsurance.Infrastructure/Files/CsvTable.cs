using System.Runtime.CompilerServices;
using System.Text;
using Sylvan.Data.Csv;

namespace ResidentMedicalInsurance.Infrastructure.Files;

/// <summary>
/// The records of a csv through Sylvan.Data.Csv, without its header logic: the encoding from
/// <see cref="TextEncodings"/>; the delimiter a comma, else a tab, else a semicolon, whichever makes one of
/// the top records a header (<see cref="HeaderSearch"/>: Sylvan's own detection looks only at the first
/// line, which is often a title); no comment lines ('#' is data); lax quotes (a stray quote inside a field
/// is kept, as Excel does). Row numbers are record numbers, as Excel numbers the rows when it opens the file.
/// A cell is text as written; one in Excel's scientific notation ("3.50426E+17") is kept as it is and
/// marked as a number (its digits are gone), and Excel's <c>="0123"</c> is read as the text 0123.
/// </summary>
internal static class CsvTable
{
    private static readonly char[] Delimiters = [',', '\t', ';'];

    public static async IAsyncEnumerable<TableRow> ReadAsync(
        SeekableContent content, TableLayout layout, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var (encoding, preamble) = await TextEncodings.DetectAsync(content, cancellationToken).ConfigureAwait(false);
        var search = new HeaderSearch(layout);
        CsvDataReader? csv = null;
        ColumnMap? columns = null;
        try
        {
            foreach (var delimiter in Delimiters)
            {
                content.Stream.Position = preamble;
                csv = await OpenAsync(content.Stream, encoding, delimiter, cancellationToken).ConfigureAwait(false);
                var (map, records, blank) = await FindHeaderAsync(csv, search, cancellationToken).ConfigureAwait(false);
                if (map is not null)
                {
                    columns = map;
                    break;
                }

                await csv.DisposeAsync().ConfigureAwait(false);
                csv = null;
                if (records == blank && records < TableFileMessages.HeaderSearchRows)
                {
                    throw new TableFileException(TableFileMessages.EmptyCsv);
                }
            }

            if (columns is null || csv is null)
            {
                throw search.NotFound();
            }

            var cells = new RawCell[columns.Width];
            while (await ReadAsync(csv, cancellationToken).ConfigureAwait(false))
            {
                var count = csv.RowFieldCount;
                for (var i = 0; i < cells.Length; i++)
                {
                    cells[i] = i < count ? ToCell(csv.GetString(i)) : default;
                }

                if (columns.ToRow(csv.RowNumber, cells) is { } row)
                {
                    yield return row;
                }
            }
        }
        finally
        {
            if (csv is not null)
            {
                await csv.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>A field as the text of a row.</summary>
    public static RawCell ToCell(string field)
    {
        var text = CellText.Trim(field);
        var unwrapped = CellText.UnwrapFormulaText(text);
        if (!ReferenceEquals(unwrapped, text))
        {
            return new RawCell(CellText.Trim(unwrapped), false);
        }

        return new RawCell(text, CellText.LooksLikeScientific(text));
    }

    private static async Task<CsvDataReader> OpenAsync(Stream stream, Encoding encoding, char delimiter, CancellationToken cancellationToken)
    {
        var text = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16, leaveOpen: true);
        var options = new CsvDataReaderOptions
        {
            HasHeaders = false,
            Delimiter = delimiter,
            Comment = '\0',
            CsvStyle = CsvStyle.Lax,
            MaxBufferSize = 1 << 22,
            OwnsReader = true,
        };
        return await CsvDataReader.CreateAsync(text, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads up to the header search's limit; returns the header's columns (null if none), the records read and how many were blank.</summary>
    private static async Task<(ColumnMap? Columns, int Records, int Blank)> FindHeaderAsync(
        CsvDataReader csv, HeaderSearch search, CancellationToken cancellationToken)
    {
        var records = 0;
        var blank = 0;
        while (records < TableFileMessages.HeaderSearchRows && await ReadAsync(csv, cancellationToken).ConfigureAwait(false))
        {
            records++;
            var texts = new List<string>(csv.RowFieldCount);
            for (var i = 0; i < csv.RowFieldCount; i++)
            {
                texts.Add(ToCell(csv.GetString(i)).Text);
            }

            if (texts.TrueForAll(t => t.Length == 0))
            {
                blank++;
                continue;
            }

            if (search.TryMatch(texts, out var columns))
            {
                return (columns, records, blank);
            }
        }

        return (null, records, blank);
    }

    private static async Task<bool> ReadAsync(CsvDataReader csv, CancellationToken cancellationToken)
    {
        try
        {
            return await csv.ReadAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            throw new TableFileException(TableFileMessages.BrokenCsv(csv.RowNumber + 1));
        }
    }
}
