using System.Globalization;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace ResidentMedicalInsurance.Infrastructure.Files;

/// <summary>
/// The rows of an xlsx workbook's first sheet through MiniExcel's streaming query, without its header
/// logic: rows come as dictionaries keyed A, B, C... in sheet order, empty rows included, so the n-th
/// row is the sheet's row n. The header is found by <see cref="HeaderSearch"/>; cell values become text
/// as ADR 0052 says (numbers as digits and marked, dates as yyyy-MM-dd). Parsing is CPU-bound and
/// synchronous (MiniExcel reads a seekable stream; its async query is the same work on another thread).
/// </summary>
internal static class XlsxTable
{
    private static readonly string[] FirstColumnNames = [.. Enumerable.Range(0, 256).Select(Letters)];

    private static ReadOnlySpan<byte> ZipSignature => "PK"u8;

    private static ReadOnlySpan<byte> CompoundFileSignature => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>
    /// MiniExcel's defaults except: the shared strings stay in memory (its disk cache for large string
    /// tables is slower: ADR 0052), empty rows are returned (row numbers stay the sheet's), merged cells
    /// are not filled (a merged title stays in its first cell), text starting "@@@fileid@@@" is not
    /// taken for an embedded file.
    /// </summary>
    private static OpenXmlConfiguration Configuration => new()
    {
        EnableSharedStringCache = false,
        IgnoreEmptyRows = false,
        FillMergedCells = false,
        EnableConvertByteArray = false,
    };

    public static IEnumerable<TableRow> Read(SeekableContent content, TableLayout layout, CancellationToken cancellationToken)
    {
        CheckSignature(content);
        var search = new HeaderSearch(layout);
        ColumnMap? columns = null;
        RawCell[] cells = [];
        var rowNumber = 0;
        IEnumerable<object> query = MiniExcel.Query(content.Stream, useHeaderRow: false, sheetName: null, ExcelType.XLSX, "A1", Configuration);
        using var rows = query.GetEnumerator();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!MoveNext(rows, rowNumber))
            {
                break;
            }

            rowNumber++;
            var row = (IDictionary<string, object?>)rows.Current;
            if (columns is null)
            {
                if (rowNumber > TableFileMessages.HeaderSearchRows)
                {
                    throw search.NotFound();
                }

                if (search.TryMatch(Texts(row), out columns))
                {
                    cells = new RawCell[columns.Width];
                }

                continue;
            }

            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = row.TryGetValue(ColumnName(i), out var value) ? ToCell(value) : default;
            }

            if (columns.ToRow(rowNumber, cells) is { } tableRow)
            {
                yield return tableRow;
            }
        }

        if (columns is null)
        {
            throw rowNumber == 0 ? new TableFileException(TableFileMessages.EmptySheet) : search.NotFound();
        }
    }

    /// <summary>A cell value as MiniExcel returns it (string, double, DateTime, bool, TimeSpan or null) as text.</summary>
    public static RawCell ToCell(object? value) => value switch
    {
        null => new RawCell(string.Empty, false),
        string text => new RawCell(CellText.Trim(text), false),
        double number => new RawCell(CellText.Number(number), true),
        DateTime date => new RawCell(CellText.Date(date), false),
        bool flag => new RawCell(flag ? "TRUE" : "FALSE", false),
        TimeSpan time => new RawCell(CellText.Time(time), false),
        decimal or float or int or long or short or byte or uint or ulong or ushort or sbyte =>
            new RawCell(CellText.Number(Convert.ToDouble(value, CultureInfo.InvariantCulture)), true),
        _ => new RawCell(CellText.Trim(Convert.ToString(value, CultureInfo.InvariantCulture)), false),
    };

    private static bool MoveNext(IEnumerator<object> rows, int rowsRead)
    {
        try
        {
            return rows.MoveNext();
        }
        catch (Exception exception) when (exception is not OperationCanceledException and not TableFileException)
        {
            // MiniExcel reports a broken package as whatever failed first: InvalidDataException (not a zip),
            // InvalidOperationException (no workbook part), XmlException, NullReferenceException...
            throw new TableFileException(rowsRead == 0 ? TableFileMessages.NotAWorkbook : TableFileMessages.BrokenAfter(rowsRead));
        }
    }

    private static List<string> Texts(IDictionary<string, object?> row)
    {
        var texts = new List<string>(row.Count);
        for (var i = 0; i < row.Count; i++)
        {
            texts.Add(row.TryGetValue(ColumnName(i), out var value) ? ToCell(value).Text : string.Empty);
        }

        return texts;
    }

    private static void CheckSignature(SeekableContent content)
    {
        Span<byte> head = stackalloc byte[8];
        var read = content.Stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        content.Rewind();
        if (head[..read].SequenceEqual(CompoundFileSignature))
        {
            throw new TableFileException(TableFileMessages.EncryptedOrOldFormat);
        }

        if (!head[..read].StartsWith(ZipSignature))
        {
            throw new TableFileException(TableFileMessages.NotAWorkbook);
        }
    }

    /// <summary>A, B, ... Z, AA, AB... for a 0-based column.</summary>
    private static string ColumnName(int index) => index < FirstColumnNames.Length ? FirstColumnNames[index] : Letters(index);

    private static string Letters(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }
}
