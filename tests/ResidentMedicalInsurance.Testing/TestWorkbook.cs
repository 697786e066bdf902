using System.IO.Compression;
using System.Security;
using System.Text;

namespace ResidentMedicalInsurance.Testing;

/// <summary>
/// Writes a real xlsx package by hand (what Excel and WPS write, cut to the parts a reader needs), so
/// the tests can have what MiniExcel cannot write: merged title rows, shared strings next to inline
/// strings, number cells holding ID numbers, date styles, row gaps and self-closed empty rows.
/// Styles: <see cref="ShortDate"/> (built-in 14), <see cref="DateTime"/> (built-in 22),
/// <see cref="ChineseDate"/> (custom yyyy"年"m"月"d"日"), <see cref="BuiltInChineseDate"/> (built-in 31, no
/// definition in the file, as Chinese Excel writes it).
/// </summary>
public sealed class TestWorkbook
{
    public const int ShortDate = 1;
    public const int DateTime = 2;
    public const int ChineseDate = 3;
    public const int BuiltInChineseDate = 4;

    private readonly List<string> sharedStrings = [];
    private readonly StringBuilder rows = new();
    private readonly List<string> merges = [];

    /// <summary>A shared-string cell (what Excel writes for typed text).</summary>
    public Cell Text(string column, string text)
    {
        sharedStrings.Add(text);
        return new Cell(column, $"t=\"s\"><v>{sharedStrings.Count - 1}</v>");
    }

    /// <summary>An inline-string cell (what some exporters write).</summary>
    public static Cell Inline(string column, string text) =>
        new(column, $"t=\"inlineStr\"><is><t xml:space=\"preserve\">{SecurityElement.Escape(text)}</t></is>");

    /// <summary>A number cell with the value as the file holds it (e.g. "3.50426199001011E+17").</summary>
    public static Cell Number(string column, string raw, int style = 0) =>
        new(column, (style == 0 ? string.Empty : $"s=\"{style}\" ") + $"><v>{raw}</v>");

    public static Cell Bool(string column, bool value) => new(column, $"t=\"b\"><v>{(value ? 1 : 0)}</v>");

    /// <summary>A cell element with no value (formatted but empty).</summary>
    public static Cell Blank(string column) => new(column, "/>");

    public TestWorkbook Row(int number, params Cell[] cells)
    {
        if (cells.Length == 0)
        {
            rows.Append($"<row r=\"{number}\"/>");
            return this;
        }

        rows.Append($"<row r=\"{number}\">");
        foreach (var cell in cells)
        {
            var reference = cell.Column + number;
            rows.Append(cell.Xml == "/>" ? $"<c r=\"{reference}\"/>" : $"<c r=\"{reference}\" {cell.Xml}</c>");
        }

        rows.Append("</row>");
        return this;
    }

    public TestWorkbook Merge(string range)
    {
        merges.Add(range);
        return this;
    }

    public byte[] ToBytes()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                <Default Extension="xml" ContentType="application/xml"/>
                <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
                <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
                </Types>
                """);
            Add(zip, "_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
                </Relationships>
                """);
            Add(zip, "xl/workbook.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                <sheets><sheet name="资助名单" sheetId="1" r:id="rId1"/></sheets>
                </workbook>
                """);
            Add(zip, "xl/_rels/workbook.xml.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
                <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
                <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
                </Relationships>
                """);
            Add(zip, "xl/styles.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
                <numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>
                <fonts count="1"><font><sz val="11"/><name val="宋体"/><charset val="134"/></font></fonts>
                <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
                <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
                <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
                <cellXfs count="5">
                <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
                <xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
                <xf numFmtId="22" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
                <xf numFmtId="176" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
                <xf numFmtId="31" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
                </cellXfs>
                <cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles>
                </styleSheet>
                """);
            var strings = new StringBuilder();
            foreach (var text in sharedStrings)
            {
                strings.Append($"<si><t xml:space=\"preserve\">{SecurityElement.Escape(text)}</t></si>");
            }

            Add(zip, "xl/sharedStrings.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + $"<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"{sharedStrings.Count}\" uniqueCount=\"{sharedStrings.Count}\">{strings}</sst>");
            var mergeCells = merges.Count == 0
                ? string.Empty
                : $"<mergeCells count=\"{merges.Count}\">" + string.Concat(merges.Select(m => $"<mergeCell ref=\"{m}\"/>")) + "</mergeCells>";
            Add(zip, "xl/worksheets/sheet1.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + $"<sheetData>{rows}</sheetData>{mergeCells}</worksheet>");
        }

        return buffer.ToArray();
    }

    private static void Add(ZipArchive zip, string name, string content)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
        using var stream = entry.Open();
        stream.Write(new UTF8Encoding(false).GetBytes(content));
    }

    public sealed record Cell(string Column, string Xml);
}
