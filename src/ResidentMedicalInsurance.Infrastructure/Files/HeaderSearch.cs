using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace ResidentMedicalInsurance.Infrastructure.Files;

/// <summary>
/// Finds the header among the top rows of a table: the first row in which every required column's title
/// or one of its aliases appears, in any order. Titles are compared without any white space (line breaks
/// inside a header cell too), with full-width and half-width parentheses equal, without a leading or
/// trailing required-mark asterisk, and ignoring case. Rows above the header (a merged title, a date
/// line) are skipped; columns the layout does not know are ignored.
/// </summary>
internal sealed class HeaderSearch
{
    private readonly TableLayout layout;
    private readonly string[][] names;
    private string[] bestMissing;
    private int bestFound = -1;

    public HeaderSearch(TableLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        this.layout = layout;
        names = [.. layout.Columns.Select(c => (string[])[Normalize(c.Title), .. c.Aliases.Select(Normalize)])];
        bestMissing = [.. layout.Columns.Where(c => c.Required).Select(c => c.Title)];
    }

    /// <summary>The titles of the required columns the closest row lacked (all of them when no row named any).</summary>
    public IReadOnlyList<string> Missing => bestMissing;

    /// <summary>The message for a file whose top rows hold no header.</summary>
    public TableFileException NotFound() => new(TableFileMessages.NoHeader(bestMissing));

    /// <summary>
    /// Tries a row as the header. On success <paramref name="columns"/> holds, for each layout column the
    /// header names, its key and 0-based position; a column named twice takes the first position.
    /// </summary>
    public bool TryMatch(IReadOnlyList<string> cells, [NotNullWhen(true)] out ColumnMap? columns)
    {
        var normalized = cells.Select(c => Normalize(c)).ToArray();
        var positions = new List<(string Key, int Index)>();
        var taken = new bool[normalized.Length];
        var missing = new List<string>();
        var found = 0;
        for (var i = 0; i < layout.Columns.Count; i++)
        {
            var column = layout.Columns[i];
            var index = Find(normalized, taken, names[i]);
            if (index >= 0)
            {
                taken[index] = true;
                positions.Add((column.Key, index));
                found += column.Required ? 1 : 0;
            }
            else if (column.Required)
            {
                missing.Add(column.Title);
            }
        }

        if (missing.Count == 0 && positions.Count > 0)
        {
            columns = new ColumnMap(positions);
            return true;
        }

        if (found > bestFound)
        {
            bestFound = found;
            bestMissing = [.. missing];
        }

        columns = null;
        return false;
    }

    /// <summary>The form in which titles are compared.</summary>
    public static string Normalize(string? title)
    {
        if (string.IsNullOrEmpty(title))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(title.Length);
        foreach (var c in title)
        {
            if (char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF')
            {
                continue;
            }

            builder.Append(c switch
            {
                '（' => '(',
                '）' => ')',
                _ => char.ToUpperInvariant(c),
            });
        }

        var text = builder.ToString();
        return text.Trim('*', '＊');
    }

    private static int Find(string[] cells, bool[] taken, string[] names)
    {
        for (var index = 0; index < cells.Length; index++)
        {
            if (!taken[index] && cells[index].Length > 0 && Array.IndexOf(names, cells[index]) >= 0)
            {
                return index;
            }
        }

        return -1;
    }
}

/// <summary>Where each known column is in the rows under the header, and how a row of cells becomes a <see cref="TableRow"/>.</summary>
internal sealed class ColumnMap
{
    private static readonly IReadOnlySet<string> NoNumbers = FrozenSet<string>.Empty;
    private readonly (string Key, int Index)[] positions;

    public ColumnMap(IEnumerable<(string Key, int Index)> positions)
    {
        this.positions = [.. positions];
        Width = this.positions.Max(p => p.Index) + 1;
    }

    /// <summary>One past the rightmost known column: the cells a source needs to read.</summary>
    public int Width { get; }

    /// <summary>The row, or null when every known cell is empty (an empty or trailing row).</summary>
    public TableRow? ToRow(int rowNumber, ReadOnlySpan<RawCell> cells)
    {
        var texts = new Dictionary<string, string>(positions.Length, StringComparer.Ordinal);
        HashSet<string>? numbers = null;
        var any = false;
        foreach (var (key, index) in positions)
        {
            var cell = index < cells.Length ? cells[index] : default;
            var text = cell.Text ?? string.Empty;
            texts[key] = text;
            any |= text.Length > 0;
            if (cell.Numeric)
            {
                (numbers ??= new HashSet<string>(StringComparer.Ordinal)).Add(key);
            }
        }

        return any ? new TableRow(rowNumber, texts, numbers ?? NoNumbers) : null;
    }
}

/// <summary>A cell as text, and whether the file stored it as a number.</summary>
internal readonly record struct RawCell(string Text, bool Numeric);
