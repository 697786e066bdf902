using System.Text;
using ResidentMedicalInsurance.Application.Abstractions;
using static ResidentMedicalInsurance.Infrastructure.Tests.Files.TableFileTesting;

namespace ResidentMedicalInsurance.Infrastructure.Tests.Files;

/// <summary>The csv side of the table reader: encodings, delimiters and Excel's habits (ADR 0052).</summary>
public sealed class CsvReadingTests
{
    private const string List =
        "2024年度资助参保人员名单,,\r\n"
        + "姓名,身份证号,资助类别\r\n"
        + "张三,350426199001011234,特困人员\r\n"
        + "李四,35042619900101123X,低保对象\r\n";

    [Fact]
    public async Task A_GBK_csv_as_Excel_saves_it_on_Chinese_Windows_is_read()
    {
        var rows = await ReadAsync(Gbk.GetBytes(List), "名单.csv");

        Assert.Equal(["张三", "李四"], rows.Select(r => r.Get("name")));
        Assert.Equal("特困人员", rows[0].Get("category"));
        Assert.Equal([3, 4], rows.Select(r => r.RowNumber));
    }

    [Fact]
    public async Task A_GB18030_csv_keeps_a_name_character_GBK_does_not_have()
    {
        var text = "姓名,身份证号\n王𪚥,350426199001011234\n";
        Assert.Throws<EncoderFallbackException>(() => StrictGbk.GetBytes(text));

        var row = Assert.Single(await ReadAsync(Gb18030.GetBytes(text), "名单.csv"));

        Assert.Equal("王𪚥", row.Get("name"));
    }

    [Fact]
    public async Task A_UTF8_csv_is_read_with_or_without_a_byte_order_mark()
    {
        var plain = await ReadAsync(new UTF8Encoding(false).GetBytes(List), "名单.csv");
        var marked = await ReadAsync([.. Encoding.UTF8.Preamble, .. new UTF8Encoding(false).GetBytes(List)], "名单.csv");

        Assert.Equal(["张三", "李四"], plain.Select(r => r.Get("name")));
        Assert.Equal(["张三", "李四"], marked.Select(r => r.Get("name")));
        Assert.Equal("35042619900101123X", marked[1].Get("idNumber"));
    }

    [Fact]
    public async Task A_large_UTF8_csv_with_characters_across_the_detectors_read_boundary_stays_UTF8()
    {
        // 3-byte characters from an odd offset: some fall across the 64 KiB reads of the encoding detection.
        var text = new StringBuilder("姓名,身份证号,资助类别\r\n");
        for (var i = 0; i < 5000; i++)
        {
            text.Append(i % 2 == 0 ? "王小明" : "李华").Append(",350426199001011234,特困人员\r\n");
        }

        var rows = await ReadAsync(new UTF8Encoding(false).GetBytes(text.ToString()), "名单.csv");

        Assert.Equal(5000, rows.Count);
        Assert.All(rows, r => Assert.Equal("特困人员", r.Get("category")));
    }

    [Fact]
    public async Task A_UTF8_csv_whose_first_key_column_holds_the_mark_is_matched_and_read()
    {
        var text = "身份证号,姓名\n350426199001011234,张三\n";
        var row = Assert.Single(await ReadAsync([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text)], "名单.csv", seekable: false));

        Assert.Equal("350426199001011234", row.Get("idNumber"));
        Assert.Equal(2, row.RowNumber);
    }

    [Fact]
    public async Task The_whole_file_decides_the_encoding_not_its_first_rows()
    {
        var layout = new TableLayout([new TableColumn("id", "ID", [], true), new TableColumn("name", "Name", [], true)]);
        var text = new StringBuilder("ID,Name\r\n");
        for (var i = 0; i < 5000; i++)
        {
            text.Append("35042619900101").Append((1000 + i) % 10000).Append(",Zhang San\r\n");
        }

        text.Append("350426199001019999,张三\r\n");

        var rows = await ReadAsync(Gbk.GetBytes(text.ToString()), "names.csv", layout);

        Assert.Equal(5001, rows.Count);
        Assert.Equal("张三", rows[^1].Get("name"));
    }

    [Fact]
    public async Task Excel_habits_in_a_csv_are_undone_and_a_scientific_number_is_kept_and_marked()
    {
        var text =
            "资助参保名单\n"
            + "\n"
            + " 身份证号 ,姓  名,村(社区),备注\n"
            + "=\"350426199001011234\",张三 ,\"城关村, 一组\",\"#1 第一行\n第二行\"\n"
            + "3.50426E+17,李四,,\n"
            + ",,,\n"
            + "\n"
            + "350426900101123,\u3000王五\u00A0,下村,\n"
            + "\n";

        var rows = await ReadAsync(Encoding.UTF8.GetBytes(text), "名单.csv");

        Assert.Equal([4, 5, 8], rows.Select(r => r.RowNumber));
        Assert.Equal("350426199001011234", rows[0].Get("idNumber"));
        Assert.Empty(rows[0].NumericCells);
        Assert.Equal("张三", rows[0].Get("name"));
        Assert.Equal("城关村, 一组", rows[0].Get("village"));
        Assert.Equal("#1 第一行\n第二行", rows[0].Get("note"));
        Assert.Equal("3.50426E+17", rows[1].Get("idNumber"));
        Assert.Equal(["idNumber"], rows[1].NumericCells);
        Assert.Equal("王五", rows[2].Get("name"));
    }

    [Theory]
    [InlineData('\t')]
    [InlineData(';')]
    public async Task A_tab_or_semicolon_separated_file_is_read_when_its_header_has_no_comma(char delimiter)
    {
        var text = $"2024年资助名单，城关镇\n姓名{delimiter}身份证号{delimiter}备注\n张三{delimiter}350426199001011234{delimiter}一, 二\n";

        var row = Assert.Single(await ReadAsync(Encoding.UTF8.GetBytes(text), "名单.csv"));

        Assert.Equal("张三", row.Get("name"));
        Assert.Equal("350426199001011234", row.Get("idNumber"));
        Assert.Equal("一, 二", row.Get("note"));
        Assert.Equal(3, row.RowNumber);
    }

    [Fact]
    public async Task A_csv_upload_that_cannot_seek_is_read()
    {
        var rows = await ReadAsync(Gbk.GetBytes(List), "名单.csv", seekable: false);

        Assert.Equal(["张三", "李四"], rows.Select(r => r.Get("name")));
    }

    [Fact]
    public async Task A_csv_without_the_header_names_the_missing_columns()
    {
        var message = await FailureAsync(Encoding.UTF8.GetBytes("序号,电话\n1,13800000000\n"), "名单.csv");

        Assert.Equal(
            "在文件前 30 行中没有找到表头，缺少列：身份证号、姓名。请使用页面上的模板，或把这些列的标题改成模板中的写法后重新上传。", message);
    }

    [Fact]
    public async Task A_csv_of_blank_lines_is_empty()
    {
        var message = await FailureAsync(Encoding.UTF8.GetBytes("\r\n,,\r\n  \r\n"), "名单.csv");

        Assert.StartsWith("文件中没有任何内容", message, StringComparison.Ordinal);
    }
}
