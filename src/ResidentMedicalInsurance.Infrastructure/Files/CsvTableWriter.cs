using System.Globalization;
using System.Text;
using Sylvan.Data.Csv;

namespace ResidentMedicalInsurance.Infrastructure.Files;

/// <summary>
/// A table as csv (ADR 0054) through Sylvan's CsvDataWriter: GB18030 without a byte-order mark (what Excel on a
/// Chinese Windows and the tax systems read; every Unicode character, rare name characters included, has a
/// code), comma-separated, CRLF, a field quoted only when it holds a comma, quote or line break. Streams the rows
/// one at a time into <c>destination</c> (not closed).
/// </summary>
internal static class CsvTableWriter
{
    public static async Task WriteAsync(Stream destination, IReadOnlyList<string> headers, IAsyncEnumerable<IReadOnlyList<object?>> rows, CancellationToken cancellationToken)
    {
        var text = new StreamWriter(destination, TextEncodings.Gb18030, bufferSize: 1 << 16, leaveOpen: true);
        await using (text.ConfigureAwait(false))
        {
            var enumerator = rows.GetAsyncEnumerator(cancellationToken);
            await using (enumerator.ConfigureAwait(false))
            {
                var reader = new TextRowsReader(headers, enumerator);
                await using (reader.ConfigureAwait(false))
                {
                    var options = new CsvDataWriterOptions { Delimiter = ',', NewLine = "\r\n", WriteHeaders = true };
                    var csv = CsvDataWriter.Create(text, options);
                    await using (csv.ConfigureAwait(false))
                    {
                        await csv.WriteAsync(reader, cancellationToken).ConfigureAwait(false);
                    }
                }
            }

            await text.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// A value's text: a string as it is (an ID number stays its 18 characters, no quote or tab added), a decimal
    /// with its own scale (250.00m is "250.00"), numbers invariant, DateOnly yyyy-MM-dd, a time yyyy-MM-dd HH:mm
    /// (as <see cref="CellText.Date"/>), bool TRUE/FALSE, null empty.
    /// </summary>
    public static string? Text(object? value) => value switch
    {
        null => null,
        string s => s,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime dateTime => CellText.Date(dateTime),
        DateTimeOffset offset => CellText.Date(offset.DateTime),
        bool b => b ? "TRUE" : "FALSE",
        Enum member => member.ToString(),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>The encoding every csv this portal writes uses.</summary>
    public static Encoding Encoding => TextEncodings.Gb18030;
}
