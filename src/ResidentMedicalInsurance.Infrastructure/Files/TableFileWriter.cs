using System.Data;
using System.Globalization;
using System.Runtime.CompilerServices;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace ResidentMedicalInsurance.Infrastructure.Files;

/// <summary>
/// <see cref="ITableFileWriter"/> through MiniExcel's streaming SaveAs (ADR 0052): the rows are pulled
/// one at a time from the async sequence and written into the zip as they come, so 100,000 rows are never
/// in memory together. The header row has MiniExcel's header style, is frozen and has an auto-filter;
/// column widths follow the header and the first row. Cell values:
/// <list type="bullet">
/// <item>a string is a text cell, whatever it looks like (an ID number stays its 18 characters; a leading
/// "=" is text, not a formula). Pass ID numbers, phone numbers and codes as strings.</item>
/// <item>numbers (int, long, decimal, double...) are number cells; bool is a TRUE/FALSE cell.</item>
/// <item>DateOnly is the text yyyy-MM-dd, DateTime and DateTimeOffset yyyy-MM-dd or yyyy-MM-dd HH:mm (as the
/// reader reads dates); an enum its name; anything else its invariant ToString(); null an empty cell.</item>
/// </list>
/// A row shorter than the headers leaves the rest empty; extra values are ignored. A destination that
/// cannot seek (an HTTP response) gets the workbook copied from a temporary file, asynchronously (the zip
/// library's final writes are synchronous). The destination is not closed.
/// </summary>
public sealed class TableFileWriter : ITableFileWriter
{
    private const double MinWidth = 8.43;
    private const double MaxWidth = 60;

    public async Task WriteXlsxAsync(
        Stream destination, string sheetName, IReadOnlyList<string> headers, IAsyncEnumerable<IReadOnlyList<object?>> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(rows);
        if (headers.Count == 0)
        {
            throw new ArgumentException("A table needs at least one column.", nameof(headers));
        }

        if (destination.CanSeek)
        {
            await WriteAsync(destination, SheetName(sheetName), headers, rows, cancellationToken).ConfigureAwait(false);
            return;
        }

        var path = Path.Combine(Path.GetTempPath(), "rmi-download-" + Path.GetRandomFileName());
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        await WriteAsync(file, SheetName(sheetName), headers, rows, cancellationToken).ConfigureAwait(false);
        file.Position = 0;
        await file.CopyToAsync(destination, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>csv through <see cref="CsvTableWriter"/> (Sylvan, GB18030).</summary>
    public Task WriteCsvAsync(Stream destination, IReadOnlyList<string> headers, IAsyncEnumerable<IReadOnlyList<object?>> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(rows);
        if (headers.Count == 0)
        {
            throw new ArgumentException("A table needs at least one column.", nameof(headers));
        }

        return CsvTableWriter.WriteAsync(destination, headers, rows, cancellationToken);
    }

    private static async Task WriteAsync(
        Stream target, string sheetName, IReadOnlyList<string> headers, IAsyncEnumerable<IReadOnlyList<object?>> rows, CancellationToken cancellationToken)
    {
        var keys = Enumerable.Range(0, headers.Count).Select(i => "c" + i.ToString(CultureInfo.InvariantCulture)).ToArray();
        var enumerator = rows.GetAsyncEnumerator(cancellationToken);
        await using (enumerator.ConfigureAwait(false))
        {
            if (!await enumerator.MoveNextAsync().ConfigureAwait(false))
            {
                // MiniExcel takes the columns of a dictionary sequence from its first row; without one, a
                // table with named columns and no rows gives the header row.
                using var empty = new DataTable();
                foreach (var header in headers)
                {
                    empty.Columns.Add(new DataColumn("c" + empty.Columns.Count.ToString(CultureInfo.InvariantCulture)) { Caption = header });
                }

                await MiniExcel.SaveAsAsync(target, empty, printHeader: true, sheetName, ExcelType.XLSX, Configuration(null), cancellationToken)
                    .ConfigureAwait(false);
                return;
            }

            var first = enumerator.Current;
            var columns = new DynamicExcelColumn[headers.Count];
            for (var i = 0; i < headers.Count; i++)
            {
                var sample = i < first.Count ? CellValue(first[i])?.ToString() : null;
                columns[i] = new DynamicExcelColumn(keys[i]) { Name = headers[i], Width = Width(headers[i], sample) };
            }

            await MiniExcel.SaveAsAsync(
                    target, Dictionaries(first, enumerator, keys), printHeader: true, sheetName, ExcelType.XLSX, Configuration(columns), cancellationToken)
                .ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Streaming (FastMode off: MiniExcel's fast mode opens the zip for update, which keeps every entry in
    /// memory); invariant culture, so that numbers are number cells and not text.
    /// </summary>
    private static OpenXmlConfiguration Configuration(DynamicExcelColumn[]? columns) => new()
    {
        FastMode = false,
        EnableAutoWidth = false,
        Culture = CultureInfo.InvariantCulture,
        AutoFilter = true,
        FreezeRowCount = 1,
        EnableConvertByteArray = false,
        DynamicColumns = columns,
    };

    private static async IAsyncEnumerable<IDictionary<string, object?>> Dictionaries(
        IReadOnlyList<object?> first, IAsyncEnumerator<IReadOnlyList<object?>> rest, string[] keys)
    {
        yield return Dictionary(first, keys);
        while (await rest.MoveNextAsync().ConfigureAwait(false))
        {
            yield return Dictionary(rest.Current, keys);
        }
    }

    private static Dictionary<string, object?> Dictionary(IReadOnlyList<object?> row, string[] keys)
    {
        var cells = new Dictionary<string, object?>(keys.Length, StringComparer.Ordinal);
        for (var i = 0; i < keys.Length; i++)
        {
            cells[keys[i]] = i < row.Count ? CellValue(row[i]) : null;
        }

        return cells;
    }

    /// <summary>What MiniExcel is given for a value (see the class summary).</summary>
    private static object? CellValue(object? value) => value switch
    {
        null or string => value,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime dateTime => CellText.Date(dateTime),
        DateTimeOffset offset => CellText.Date(offset.DateTime),
        bool or int or long or decimal or double or float or short or byte or uint or ulong or ushort or sbyte => value,
        Enum member => member.ToString(),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>Excel's width unit is about one Latin character; a Chinese character takes two.</summary>
    private static double Width(string header, string? sample)
    {
        var characters = Math.Max(DisplayWidth(header), DisplayWidth(sample));
        return Math.Clamp(characters + 2, MinWidth, MaxWidth);
    }

    private static int DisplayWidth(string? text)
    {
        var width = 0;
        foreach (var c in text ?? string.Empty)
        {
            width += c >= '\u1100' ? 2 : 1;
        }

        return width;
    }

    /// <summary>Excel's rules for a sheet name: at most 31 characters, none of : \ / ? * [ ], not empty.</summary>
    private static string SheetName(string? name)
    {
        var cleaned = new string((name ?? string.Empty).Select(c => c is ':' or '\\' or '/' or '?' or '*' or '[' or ']' ? '_' : c).ToArray())
            .Trim().Trim('\'');
        if (cleaned.Length > 31)
        {
            cleaned = cleaned[..31];
        }

        return cleaned.Length == 0 ? "Sheet1" : cleaned;
    }
}
