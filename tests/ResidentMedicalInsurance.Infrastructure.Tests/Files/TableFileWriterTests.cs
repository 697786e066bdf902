using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Infrastructure.Files;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using static ResidentMedicalInsurance.Infrastructure.Tests.Files.TableFileTesting;

namespace ResidentMedicalInsurance.Infrastructure.Tests.Files;

/// <summary>The xlsx writer, read back through the reader (ADR 0052).</summary>
public sealed partial class TableFileWriterTests
{
    private static readonly string[] Headers = ["身份证号", "姓名", "认定日期", "金额", "人数", "备注"];

    private static readonly TableLayout Layout = new([.. Headers.Select(h => new TableColumn(h, h, [], h is "身份证号" or "姓名"))]);

    [Fact]
    public async Task Three_rows_written_are_read_back_with_text_as_text_and_numbers_as_numbers()
    {
        var bytes = await WriteAsync(Rows(
            ["350426199001011234", "张三", new DateOnly(2024, 1, 5), 250.5m, 3, null],
            ["35042619900101123X", "李四", new DateTime(2024, 1, 5, 8, 30, 0), 0m, 1L, "=1+1"],
            ["350426900101123", "王五"]));

        var rows = await ReadAsync(bytes, "导出.xlsx", Layout);

        Assert.Equal([2, 3, 4], rows.Select(r => r.RowNumber));
        Assert.Equal("350426199001011234", rows[0].Get("身份证号"));
        Assert.Equal("张三", rows[0].Get("姓名"));
        Assert.Equal("2024-01-05", rows[0].Get("认定日期"));
        Assert.Equal("250.5", rows[0].Get("金额"));
        Assert.Equal("3", rows[0].Get("人数"));
        Assert.Equal(string.Empty, rows[0].Get("备注"));
        Assert.Equal(["人数", "金额"], rows[0].NumericCells.Order(StringComparer.Ordinal));
        Assert.Equal("2024-01-05 08:30", rows[1].Get("认定日期"));
        Assert.Equal("=1+1", rows[1].Get("备注"));
        Assert.Equal("0", rows[1].Get("金额"));
        Assert.Equal("350426900101123", rows[2].Get("身份证号"));
        Assert.Empty(rows[2].NumericCells);
    }

    [Fact]
    public async Task An_ID_number_is_a_text_cell_in_the_sheet_never_a_number()
    {
        var bytes = await WriteAsync(Rows(["350426199001011234", "张三", null, 1, 2, null]));

        var sheet = SheetXml(bytes);
        var cell = CellA2().Match(sheet);
        Assert.True(cell.Success, sheet);
        Assert.Matches("t=\"(str|inlineStr|s)\"", cell.Groups["attributes"].Value);
        Assert.Contains("350426199001011234", cell.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("E+17", sheet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_rows_give_a_sheet_with_the_header_alone()
    {
        var bytes = await WriteAsync(Rows());

        Assert.Empty(await ReadAsync(bytes, "导出.xlsx", Layout));
        Assert.Contains("认定日期", SheetXml(bytes) + SharedStrings(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_response_body_that_refuses_synchronous_writes_gets_a_readable_workbook()
    {
        var response = new AsyncOnlyWriteStream();

        await new TableFileWriter().WriteXlsxAsync(response, "名单", Headers, Rows(["350426199001011234", "张三"]), CancellationToken.None);

        var row = Assert.Single(await ReadAsync(response.Written.ToArray(), "导出.xlsx", Layout));
        Assert.Equal("张三", row.Get("姓名"));
    }

    [Fact]
    public async Task Rows_are_written_out_while_they_are_still_being_produced()
    {
        using var destination = new MemoryStream();
        var lengths = new List<long>();

        await new TableFileWriter().WriteXlsxAsync(destination, "名单", Headers, Produce(), CancellationToken.None);

        Assert.True(lengths[1] > lengths[0], $"written after 1,000 rows: {lengths[0]} bytes, after 40,000: {lengths[1]}");

        async IAsyncEnumerable<IReadOnlyList<object?>> Produce()
        {
            for (var i = 0; i < 40_000; i++)
            {
                if (i is 1_000 or 39_999)
                {
                    lengths.Add(destination.Length);
                }

                await Task.Yield();
                yield return [$"3504261990{i:D8}", $"居民{i}", null, i * 1.5m, i, Guid.NewGuid().ToString()];
            }
        }
    }

    [Fact]
    public async Task Every_host_gets_the_reader_and_writer_as_singletons_from_AddPersistence()
    {
        await using var provider = new ServiceCollection().AddLogging().AddPersistence(new DatabaseOptions()).BuildServiceProvider();

        Assert.IsType<TableFileReader>(provider.GetRequiredService<ITableFileReader>());
        Assert.IsType<TableFileWriter>(provider.GetRequiredService<ITableFileWriter>());
        Assert.Same(provider.GetRequiredService<ITableFileReader>(), provider.GetRequiredService<ITableFileReader>());
        Assert.Same(provider.GetRequiredService<ITableFileWriter>(), provider.GetRequiredService<ITableFileWriter>());
    }

    private static async Task<byte[]> WriteAsync(IAsyncEnumerable<IReadOnlyList<object?>> rows)
    {
        using var destination = new MemoryStream();
        await new TableFileWriter().WriteXlsxAsync(destination, "资助名单", Headers, rows, CancellationToken.None);
        return destination.ToArray();
    }

    private static async IAsyncEnumerable<IReadOnlyList<object?>> Rows(params object?[][] rows)
    {
        foreach (var row in rows)
        {
            await Task.Yield();
            yield return row;
        }
    }

    private static string SheetXml(byte[] workbook) => Entry(workbook, "xl/worksheets/sheet1.xml");

    private static string SharedStrings(byte[] workbook) => Entry(workbook, "xl/sharedStrings.xml");

    private static string Entry(byte[] workbook, string name)
    {
        using var zip = new ZipArchive(new MemoryStream(workbook), ZipArchiveMode.Read);
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }

    [GeneratedRegex("<(?:x:)?c r=\"A2\"(?<attributes>[^>]*)>.*?</(?:x:)?c>")]
    private static partial Regex CellA2();
}
