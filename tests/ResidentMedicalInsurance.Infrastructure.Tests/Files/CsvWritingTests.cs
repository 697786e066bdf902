using System.Text;
using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Infrastructure.Files;
using static ResidentMedicalInsurance.Infrastructure.Tests.Files.TableFileTesting;

namespace ResidentMedicalInsurance.Infrastructure.Tests.Files;

/// <summary>The csv writer (ADR 0054): GB18030 bytes, plain-digit ID numbers, read back by the table reader.</summary>
public sealed class CsvWritingTests
{
    private static readonly string[] Headers = ["身份证号", "姓名", "乡镇", "村", "缴费年度", "应缴金额", "险种"];

    private static readonly TableLayout Layout = new([.. Headers.Select(h => new TableColumn(h, h, [], h is "身份证号" or "姓名"))]);

    [Fact]
    public async Task The_csv_is_GB18030_without_a_mark_and_reads_back_with_the_table_reader()
    {
        // 䶮 (U+4DAE) and 𬌗 (U+2C317) are outside GBK: only GB18030 (four-byte codes) keeps them.
        var bytes = await WriteAsync(
            ["350426198005061234", "龚䶮", "城关镇", "城东村, 一组", 2020, 250.00m, "城乡居民基本医疗保险"],
            ["35042619800506123X", "𬌗\"小\"", "梅仙镇", null, 2020, 770.50m, "城乡居民基本医疗保险"]);

        var text = Gb18030.GetString(bytes);
        Assert.Throws<DecoderFallbackException>(() => new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes));
        Assert.False(bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]));
        Assert.Equal(bytes, Gb18030.GetBytes(text));
        Assert.Equal(
            "身份证号,姓名,乡镇,村,缴费年度,应缴金额,险种\r\n"
            + "350426198005061234,龚䶮,城关镇,\"城东村, 一组\",2020,250.00,城乡居民基本医疗保险\r\n"
            + "35042619800506123X,\"𬌗\"\"小\"\"\",梅仙镇,,2020,770.50,城乡居民基本医疗保险\r\n",
            text);

        var rows = await ReadAsync(bytes, "应缴费信息.csv", Layout);
        Assert.Equal(["350426198005061234", "35042619800506123X"], rows.Select(r => r.Get("身份证号")));
        Assert.Equal(["龚䶮", "𬌗\"小\""], rows.Select(r => r.Get("姓名")));
        Assert.Equal("城东村, 一组", rows[0].Get("村"));
        Assert.Equal(["250.00", "770.50"], rows.Select(r => r.Get("应缴金额")));
        Assert.All(rows, r => Assert.Empty(r.NumericCells));
    }

    [Fact]
    public async Task No_rows_give_the_header_line_alone()
    {
        var text = Gb18030.GetString(await WriteAsync());

        Assert.Equal("身份证号,姓名,乡镇,村,缴费年度,应缴金额,险种\r\n", text);
    }

    private static async Task<byte[]> WriteAsync(params object?[][] rows)
    {
        using var output = new MemoryStream();
        await new TableFileWriter().WriteCsvAsync(output, Headers, Rows(rows), CancellationToken.None);
        return output.ToArray();
    }

    private static async IAsyncEnumerable<IReadOnlyList<object?>> Rows(object?[][] rows)
    {
        foreach (var row in rows)
        {
            yield return row;
        }

        await Task.CompletedTask;
    }
}
