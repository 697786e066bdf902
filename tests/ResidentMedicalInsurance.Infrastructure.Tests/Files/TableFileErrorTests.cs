using ResidentMedicalInsurance.Testing;
using System.IO.Compression;
using System.Text;
using static ResidentMedicalInsurance.Infrastructure.Tests.Files.TableFileTesting;

namespace ResidentMedicalInsurance.Infrastructure.Tests.Files;

/// <summary>Files the reader refuses, each with a zh-CN message that says what to do (ADR 0052).</summary>
public sealed class TableFileErrorTests
{
    private static readonly byte[] Workbook = new TestWorkbook()
        .Row(1, TestWorkbook.Inline("A", "身份证号"), TestWorkbook.Inline("B", "姓名"))
        .Row(2, TestWorkbook.Inline("A", "350426199001011234"), TestWorkbook.Inline("B", "张三"))
        .ToBytes();

    [Fact]
    public async Task An_old_xls_workbook_is_refused_by_name_with_the_way_to_save_it_as_xlsx()
    {
        var message = await FailureAsync(Workbook, "2019年名单.XLS");

        Assert.StartsWith("这是旧版 Excel 97-2003 工作簿（.xls）", message, StringComparison.Ordinal);
        Assert.Contains("另存为", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("名单.txt")]
    [InlineData("名单.xlsm")]
    [InlineData("名单")]
    public async Task Other_files_are_refused(string fileName)
    {
        Assert.Equal(
            "只能导入 .xlsx 或 .csv 文件，请另存为 Excel 工作簿（.xlsx）后重新上传。",
            await FailureAsync(Encoding.UTF8.GetBytes("身份证号,姓名\n"), fileName));
    }

    [Fact]
    public async Task A_csv_renamed_to_xlsx_cannot_be_opened_as_a_workbook()
    {
        var message = await FailureAsync(Encoding.UTF8.GetBytes("身份证号,姓名\n350426199001011234,张三\n"), "名单.xlsx");

        Assert.StartsWith("文件无法作为 Excel 工作簿打开", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_truncated_workbook_cannot_be_opened()
    {
        Assert.StartsWith(
            "文件无法作为 Excel 工作簿打开",
            await FailureAsync(Workbook[..(Workbook.Length / 2)], "名单.xlsx"),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_zip_that_is_not_a_workbook_cannot_be_opened()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("readme.txt").Open();
            entry.Write("不是工作簿"u8);
        }

        Assert.StartsWith("文件无法作为 Excel 工作簿打开", await FailureAsync(buffer.ToArray(), "名单.xlsx"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_password_protected_or_renamed_xls_file_says_so()
    {
        byte[] compoundFile = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]];

        var message = await FailureAsync(compoundFile, "名单.xlsx");

        Assert.Contains("设置了打开密码，或者其实是旧版 .xls 文件", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("名单.xlsx")]
    [InlineData("名单.csv")]
    public async Task An_empty_file_is_refused(string fileName)
    {
        Assert.StartsWith("文件是空的", await FailureAsync([], fileName), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_workbook_whose_first_sheet_is_empty_says_so()
    {
        Assert.StartsWith("工作簿的第一个工作表是空的", await FailureAsync(new TestWorkbook().ToBytes(), "名单.xlsx"), StringComparison.Ordinal);
    }
}
