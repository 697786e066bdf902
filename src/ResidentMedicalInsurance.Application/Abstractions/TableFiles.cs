namespace ResidentMedicalInsurance.Application.Abstractions;

/// <summary>
/// Reads an uploaded table (xlsx, or csv in UTF-8, GBK or GB18030) row by row, streaming: the first
/// sheet; the header is the first of the top rows that names every required column (by title or
/// alias, in any order); rows above it (merged titles) and empty rows are skipped.
/// </summary>
public interface ITableFileReader
{
    /// <summary>
    /// The data rows under the header. Throws <see cref="TableFileException"/> (zh-CN, what to do) for
    /// a file that is not xlsx/csv, cannot be opened, or has no header with the required columns.
    /// </summary>
    /// <remarks>
    /// The kind comes from <paramref name="fileName"/>'s extension (.xlsx or .csv; .xls is refused with
    /// the way to save it as .xlsx). <paramref name="content"/> may be a browser upload that cannot seek
    /// (it is then copied to a temporary file); a seekable stream is read from position 0; the stream is
    /// not closed. The header must be within the first 30 rows. A layout column the header lacks has no
    /// entry in <see cref="TableRow.Cells"/> (<see cref="TableRow.Get"/> gives ""). The errors come when
    /// the sequence is enumerated. Reading an xlsx is CPU-bound: run a large import off the UI thread.
    /// </remarks>
    IAsyncEnumerable<TableRow> ReadAsync(Stream content, string fileName, TableLayout layout, CancellationToken cancellationToken);
}

/// <summary>Writes a table as an xlsx workbook of one sheet (header row, then the rows as text or numbers), or as csv.</summary>
public interface ITableFileWriter
{
    /// <summary>
    /// Streams the rows into <paramref name="destination"/> one at a time (not closed; one that cannot
    /// seek, such as an HTTP response, is served from a temporary file). A string is always a text cell
    /// (pass ID numbers as strings), numbers are number cells, DateOnly/DateTime the text yyyy-MM-dd
    /// (yyyy-MM-dd HH:mm with a time), null an empty cell. The sheet name is cut to Excel's 31 characters.
    /// </summary>
    Task WriteXlsxAsync(Stream destination, string sheetName, IReadOnlyList<string> headers, IAsyncEnumerable<IReadOnlyList<object?>> rows, CancellationToken cancellationToken);

    /// <summary>
    /// Streams the header and the rows into <paramref name="destination"/> (not closed) as csv in GB18030, no
    /// byte-order mark, comma-separated, CRLF, quoted only where needed (ADR 0054). Values become text as in
    /// xlsx: a string as it is (an ID number stays plain digits), a decimal with its scale (250.00), DateOnly
    /// yyyy-MM-dd, null an empty field. <see cref="ITableFileReader"/> reads the file back.
    /// </summary>
    Task WriteCsvAsync(Stream destination, IReadOnlyList<string> headers, IAsyncEnumerable<IReadOnlyList<object?>> rows, CancellationToken cancellationToken);
}

/// <summary>The columns a kind of file has.</summary>
public sealed record TableLayout(IReadOnlyList<TableColumn> Columns);

/// <summary>One column: its key, the title printed in the template, other titles accepted, and whether the header must have it.</summary>
public sealed record TableColumn(string Key, string Title, IReadOnlyList<string> Aliases, bool Required);

/// <summary>
/// One data row: its 1-based row number in the file (as a spreadsheet shows it), each known column's
/// text (trimmed; a date cell as yyyy-MM-dd; an integer-valued number without exponent or decimals), and
/// the keys whose cell was stored as a number (an 18-digit ID number stored so has lost its last digits).
/// </summary>
/// <remarks>
/// RowNumber is the sheet's row, or the csv record's number. Text keeps full-width digits as typed. In a
/// csv, NumericCells holds the keys whose text is in Excel's scientific notation ("3.50426E+17", kept as
/// it is). An xlsx date in a built-in Asian format the reader does not know arrives as its Excel serial
/// number (e.g. "45296"), marked numeric.
/// </remarks>
public sealed record TableRow(int RowNumber, IReadOnlyDictionary<string, string> Cells, IReadOnlySet<string> NumericCells)
{
    public string Get(string key) => Cells.TryGetValue(key, out var value) ? value : string.Empty;
}

/// <summary>An uploaded table that cannot be read; the message says what is wrong and what to do.</summary>
public sealed class TableFileException(string message) : AppException(message);
