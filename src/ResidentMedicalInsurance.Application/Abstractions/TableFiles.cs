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
    IAsyncEnumerable<TableRow> ReadAsync(Stream content, string fileName, TableLayout layout, CancellationToken cancellationToken);
}

/// <summary>Writes a table as an xlsx workbook of one sheet (header row, then the rows as text or numbers).</summary>
public interface ITableFileWriter
{
    Task WriteXlsxAsync(Stream destination, string sheetName, IReadOnlyList<string> headers, IAsyncEnumerable<IReadOnlyList<object?>> rows, CancellationToken cancellationToken);
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
public sealed record TableRow(int RowNumber, IReadOnlyDictionary<string, string> Cells, IReadOnlySet<string> NumericCells)
{
    public string Get(string key) => Cells.TryGetValue(key, out var value) ? value : string.Empty;
}

/// <summary>An uploaded table that cannot be read; the message says what is wrong and what to do.</summary>
public sealed class TableFileException(string message) : AppException(message);
