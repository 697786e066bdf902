using ResidentMedicalInsurance.Testing;
using ResidentMedicalInsurance.Domain.Residents;
using static ResidentMedicalInsurance.Infrastructure.Tests.Files.TableFileTesting;

namespace ResidentMedicalInsurance.Infrastructure.Tests.Files;

/// <summary>The xlsx side of the table reader on workbooks as townships send them (ADR 0052).</summary>
public sealed class XlsxReadingTests
{
    private static readonly string FullWidthId = ToFullWidth(ValidId("35042619900101101"));

    [Fact]
    public async Task A_messy_list_is_read_from_under_its_merged_titles_with_cells_as_text()
    {
        var rows = await ReadAsync(MessyList(), "2024年资助名单.xlsx");

        Assert.Equal([4, 5, 6, 9], rows.Select(r => r.RowNumber));

        var first = rows[0];
        Assert.Equal("张三", first.Get("name"));
        Assert.Equal(FullWidthId, first.Get("idNumber"));
        Assert.True(ResidentIdNumber.TryParse(first.Get("idNumber"), new DateOnly(2024, 1, 5), out var id, out _));
        Assert.Equal(ValidId("35042619900101101"), id.Value);
        Assert.Equal("特困人员", first.Get("category"));
        Assert.Equal("2024-01-05", first.Get("certifiedOn"));
        Assert.Equal("城关村", first.Get("village"));
        Assert.Equal(string.Empty, first.Get("note"));
        Assert.Empty(first.NumericCells);
        Assert.False(first.Cells.ContainsKey("township"));
        Assert.Equal(string.Empty, first.Get("township"));

        var second = rows[1];
        Assert.Equal("350426900101123", second.Get("idNumber"));
        Assert.Equal("2024-01-05 12:00", second.Get("certifiedOn"));
        Assert.Equal("TRUE", second.Get("note"));
        Assert.Equal(string.Empty, second.Get("village"));

        var third = rows[2];
        Assert.Equal("350426199001011000", third.Get("idNumber"));
        Assert.Equal(["idNumber"], third.NumericCells);
        Assert.Equal("2024-01-09", third.Get("certifiedOn"));

        var fourth = rows[3];
        Assert.Equal("赵六", fourth.Get("name"));
        Assert.Equal("350426199001011234", fourth.Get("idNumber"));
    }

    [Fact]
    public async Task A_built_in_Chinese_date_format_MiniExcel_does_not_know_arrives_as_its_serial_number_marked_numeric()
    {
        var rows = await ReadAsync(MessyList(), "名单.xlsx");

        var row = rows.Single(r => r.RowNumber == 9);
        Assert.Equal("45296", row.Get("certifiedOn"));
        Assert.Contains("certifiedOn", row.NumericCells);
    }

    [Fact]
    public async Task A_non_seekable_upload_reads_the_same_and_the_callers_stream_stays_open()
    {
        var bytes = MessyList();
        var fromUpload = await ReadAsync(bytes, "名单.XLSX", seekable: false);
        var fromMemory = await ReadAsync(bytes, "名单.xlsx");
        Assert.Equal(fromMemory.Select(Flatten), fromUpload.Select(Flatten));

        using var stream = new MemoryStream(bytes);
        await foreach (var _ in new Infrastructure.Files.TableFileReader().ReadAsync(stream, "名单.xlsx", Subsidy, CancellationToken.None))
        {
        }

        Assert.True(stream.CanRead);
        Assert.Equal(bytes.Length, stream.Length);
    }

    [Fact]
    public async Task Headers_match_by_alias_in_any_order_ignoring_white_space_parentheses_case_and_a_required_mark()
    {
        var book = new TestWorkbook();
        book.Row(1,
            book.Text("A", "备注"), book.Text("B", "name"), book.Text("C", "证件\n号码"), book.Text("D", "乡镇(街道)"),
            book.Text("E", "＊资助类别"), book.Text("F", "认定 时间"));
        book.Row(2,
            book.Text("A", "新增"), book.Text("B", "钱七"), book.Text("C", "350426199001011234"), book.Text("D", "城关镇"),
            book.Text("E", "低保对象"), TestWorkbook.Number("F", "45296", TestWorkbook.ShortDate));

        var row = Assert.Single(await ReadAsync(book.ToBytes(), "list.xlsx"));

        Assert.Equal(2, row.RowNumber);
        Assert.Equal("新增", row.Get("note"));
        Assert.Equal("钱七", row.Get("name"));
        Assert.Equal("350426199001011234", row.Get("idNumber"));
        Assert.Equal("城关镇", row.Get("township"));
        Assert.Equal("低保对象", row.Get("category"));
        Assert.Equal("2024-01-05", row.Get("certifiedOn"));
    }

    [Fact]
    public async Task The_header_may_be_the_30th_row_but_not_the_31st()
    {
        Assert.Single(await ReadAsync(TitledList(titleRows: 29), "名单.xlsx"));

        var message = await FailureAsync(TitledList(titleRows: 30), "名单.xlsx");
        Assert.StartsWith("在文件前 30 行中没有找到表头，缺少列：身份证号、姓名。请使用页面上的模板", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_header_lacking_a_required_column_names_just_that_column()
    {
        var book = new TestWorkbook();
        book.Row(1, book.Text("A", "姓名"), book.Text("B", "联系电话"));
        book.Row(2, book.Text("A", "张三"), book.Text("B", "13800000000"));

        var message = await FailureAsync(book.ToBytes(), "名单.xlsx");

        Assert.Contains("缺少列：身份证号。", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_header_with_no_rows_under_it_gives_no_rows()
    {
        var book = new TestWorkbook();
        book.Row(1, book.Text("A", "身份证号"), book.Text("B", "姓名")).Row(2);

        Assert.Empty(await ReadAsync(book.ToBytes(), "名单.xlsx"));
    }

    private static byte[] MessyList()
    {
        var book = new TestWorkbook();
        book.Row(1, book.Text("A", "2024年度城乡居民基本医疗保险资助参保人员名单")).Merge("A1:H1");
        book.Row(2, book.Text("A", "填报单位：城关镇（盖章）        填报时间：2024年1月5日")).Merge("A2:H2");
        book.Row(3,
            book.Text("A", "序号"), book.Text("B", "姓  名"), book.Text("C", "公民身份号码"), book.Text("D", "资助类别"),
            book.Text("E", "认定日期"), book.Text("F", "村(社区)"), book.Text("G", "联系电话"), book.Text("H", "备注"));
        book.Row(4,
            TestWorkbook.Number("A", "1"), book.Text("B", "张三\u3000 "), TestWorkbook.Inline("C", FullWidthId + "  "),
            book.Text("D", " 特困人员 "), TestWorkbook.Number("E", "45296", TestWorkbook.ShortDate), book.Text("F", "城关村\u00A0"),
            TestWorkbook.Number("G", "13800000000"), TestWorkbook.Blank("H"));
        book.Row(5,
            TestWorkbook.Number("A", "2"), book.Text("B", "李四"), TestWorkbook.Inline("C", "350426900101123"), book.Text("D", "低保对象"),
            TestWorkbook.Number("E", "45296.5", TestWorkbook.DateTime), TestWorkbook.Bool("H", true));
        book.Row(6,
            TestWorkbook.Number("A", "3"), book.Text("B", "王五"), TestWorkbook.Number("C", "3.50426199001011E+17"), book.Text("D", "特困人员"),
            TestWorkbook.Number("E", "45300", TestWorkbook.ChineseDate), book.Text("H", "身份证号被存成了数字"));
        book.Row(7, TestWorkbook.Number("A", "4"), TestWorkbook.Blank("B"), TestWorkbook.Blank("C"));
        book.Row(9,
            book.Text("B", "赵六"), book.Text("C", "350426199001011234"),
            TestWorkbook.Number("E", "45296", TestWorkbook.BuiltInChineseDate));
        book.Row(10);
        book.Row(11, book.Text("B", "   "), TestWorkbook.Blank("C"));
        return book.ToBytes();
    }

    private static byte[] TitledList(int titleRows)
    {
        var book = new TestWorkbook();
        for (var i = 1; i <= titleRows; i++)
        {
            book.Row(i, book.Text("A", $"说明第 {i} 行"));
        }

        book.Row(titleRows + 1, book.Text("A", "身份证号"), book.Text("B", "姓名"));
        book.Row(titleRows + 2, book.Text("A", "350426199001011234"), book.Text("B", "张三"));
        return book.ToBytes();
    }

    private static string Flatten(Application.Abstractions.TableRow row) =>
        row.RowNumber + ":" + string.Join("|", row.Cells.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Key + "=" + c.Value))
        + ":" + string.Join(",", row.NumericCells.Order(StringComparer.Ordinal));

    private static string ValidId(string first17) => first17 + ResidentIdNumber.ComputeCheckDigit(first17);

    private static string ToFullWidth(string ascii) =>
        new([.. ascii.Select(c => c is >= '0' and <= '9' ? (char)('０' + (c - '0')) : c == 'X' ? 'Ｘ' : c)]);
}
