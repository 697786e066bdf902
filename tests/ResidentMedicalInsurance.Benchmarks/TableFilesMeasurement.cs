using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;
using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Infrastructure.Files;

namespace ResidentMedicalInsurance.Benchmarks;

/// <summary>
/// <c>table-files [rows] [directory]</c>: writes an export of seeded synthetic rows (default 100,000; the
/// 8 columns of a subsidy list) with <see cref="TableFileWriter"/>, an Excel-like workbook of shared
/// strings and a GBK csv, then reads each with <see cref="TableFileReader"/>. Every step runs in a child
/// process of its own, so its peak resident memory (VmHWM) is its own (ADR 0052).
/// </summary>
public static class TableFilesMeasurement
{
    private static readonly string[] Headers = ["姓名", "身份证号", "资助类别", "认定部门", "认定日期", "乡镇", "村（社区）", "备注"];
    private static readonly string[] Categories = ["特困人员", "低保对象", "返贫致贫人口", "防止返贫监测对象", "孤儿"];
    private static readonly string[] Departments = ["民政局", "乡村振兴局", "残联"];
    private static readonly string[] Townships = ["城关镇", "梅仙镇", "西滨镇", "洋中镇", "新阳镇", "管前镇"];
    private static readonly string Surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高";
    private static readonly string GivenNames = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华";

    private static readonly TableLayout Layout = new([.. Headers.Select((h, i) => new TableColumn("c" + i, h, [], i < 2))]);

    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        if (args.Count > 0 && args[0] == "step")
        {
            return await StepAsync(args[1], int.Parse(args[2], CultureInfo.InvariantCulture), args[3]);
        }

        var count = args.Count > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
        var directory = args.Count > 1 ? args[1] : Path.Combine(Path.GetTempPath(), "rmi-table-files");
        Directory.CreateDirectory(directory);
        Console.WriteLine($"{count:N0} 行 × {Headers.Length} 列，目录 {directory}；机器负载：{LoadAverage()}");
        foreach (var step in new[] { "write-export", "write-shared", "write-csv", "read-export", "read-shared", "read-csv", "read-csv-upload" })
        {
            var result = await ChildAsync(step, count, directory);
            if (result != 0)
            {
                return result;
            }
        }

        return 0;
    }

    private static async Task<int> ChildAsync(string step, int count, string directory)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            start.ArgumentList.Add(typeof(TableFilesMeasurement).Assembly.Location);
        }

        foreach (var argument in new[] { "table-files", "step", step, count.ToString(CultureInfo.InvariantCulture), directory })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        await process.WaitForExitAsync();
        return process.ExitCode;
    }

    private static async Task<int> StepAsync(string step, int count, string directory)
    {
        var export = Path.Combine(directory, "export.xlsx");
        var shared = Path.Combine(directory, "excel-like.xlsx");
        var csv = Path.Combine(directory, "gbk.csv");
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        long rows = count;
        string file;
        switch (step)
        {
            case "write-export":
                file = export;
                await using (var output = File.Create(export))
                {
                    await new TableFileWriter().WriteXlsxAsync(output, "资助名单", Headers, Generate(count), CancellationToken.None);
                }

                break;
            case "write-shared":
                file = shared;
                WriteSharedStringWorkbook(shared, count);
                break;
            case "write-csv":
                file = csv;
                WriteGbkCsv(csv, count);
                break;
            case "read-export":
                file = export;
                rows = await ReadAsync(File.OpenRead(export), "export.xlsx");
                break;
            case "read-shared":
                file = shared;
                rows = await ReadAsync(File.OpenRead(shared), "excel-like.xlsx");
                break;
            case "read-csv":
                file = csv;
                rows = await ReadAsync(File.OpenRead(csv), "gbk.csv");
                break;
            case "read-csv-upload":
                file = csv;
                rows = await ReadAsync(new ForwardOnlyStream(File.OpenRead(csv)), "gbk.csv");
                break;
            default:
                Console.Error.WriteLine($"未知步骤 {step}");
                return 2;
        }

        clock.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        Console.WriteLine(
            $"{step,-16} {rows,8:N0} 行  {clock.Elapsed.TotalSeconds,6:F2} 秒  峰值常驻内存 {PeakResidentMiB(),6:F0} MiB  "
            + $"托管分配 {allocated / 1024.0 / 1024.0,7:F0} MiB  文件 {new FileInfo(file).Length / 1024.0 / 1024.0:F1} MiB");
        return rows == count ? 0 : 1;
    }

    /// <summary>Reads every row; checks that the ID column came through as text.</summary>
    private static async Task<long> ReadAsync(Stream content, string fileName)
    {
        await using var _ = content;
        long rows = 0;
        await foreach (var row in new TableFileReader().ReadAsync(content, fileName, Layout, CancellationToken.None))
        {
            if (row.Get("c1").Length != 18 || row.NumericCells.Count > 0)
            {
                throw new InvalidOperationException($"第 {row.RowNumber} 行的身份证号读成了 {row.Get("c1")}");
            }

            rows++;
        }

        return rows;
    }

    private static async IAsyncEnumerable<IReadOnlyList<object?>> Generate(int count)
    {
        var random = new Random(51);
        for (var i = 0; i < count; i++)
        {
            yield return Row(random, i);
        }

        await Task.CompletedTask;
    }

    private static string[] Row(Random random, int i)
    {
        var first17 = "350426" + new DateOnly(1940, 1, 1).AddDays(random.Next(0, 30_000)).ToString("yyyyMMdd", CultureInfo.InvariantCulture)
            + random.Next(0, 1000).ToString("D3", CultureInfo.InvariantCulture);
        return
        [
            string.Concat(Surnames[random.Next(Surnames.Length)], GivenNames[random.Next(GivenNames.Length)], random.Next(3) == 0 ? string.Empty : GivenNames[random.Next(GivenNames.Length)].ToString()),
            first17 + "0123456789X"[random.Next(11)],
            Categories[random.Next(Categories.Length)],
            Departments[random.Next(Departments.Length)],
            new DateOnly(2023, 1, 1).AddDays(random.Next(0, 700)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Townships[random.Next(Townships.Length)],
            Townships[random.Next(Townships.Length)][..2] + "村" + (i % 40 + 1).ToString(CultureInfo.InvariantCulture) + "组",
            i % 10 == 0 ? "新增人员，待核实户籍" : string.Empty,
        ];
    }

    /// <summary>A workbook as Excel saves one: a merged title row, every text a shared string.</summary>
    private static void WriteSharedStringWorkbook(string path, int count)
    {
        var strings = new Dictionary<string, int>(StringComparer.Ordinal);
        var order = new List<string>();
        int Index(string text)
        {
            if (!strings.TryGetValue(text, out var index))
            {
                index = strings[text] = order.Count;
                order.Add(text);
            }

            return index;
        }

        using var zip = new ZipArchive(File.Create(path), ZipArchiveMode.Create);
        Entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/><Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/></Types>");
        Entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        Entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        Entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>");
        using (var sheet = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest).Open(), new UTF8Encoding(false)))
        {
            sheet.Write($"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><dimension ref=\"A1:H{count + 2}\"/><sheetData>");
            sheet.Write($"<row r=\"1\"><c r=\"A1\" t=\"s\"><v>{Index("2024年度城乡居民医保资助参保人员名单")}</v></c></row><row r=\"2\">");
            for (var c = 0; c < Headers.Length; c++)
            {
                sheet.Write($"<c r=\"{(char)('A' + c)}2\" t=\"s\"><v>{Index(Headers[c])}</v></c>");
            }

            sheet.Write("</row>");
            var random = new Random(51);
            for (var i = 0; i < count; i++)
            {
                var row = Row(random, i);
                sheet.Write($"<row r=\"{i + 3}\">");
                for (var c = 0; c < row.Length; c++)
                {
                    if (row[c].Length > 0)
                    {
                        sheet.Write($"<c r=\"{(char)('A' + c)}{i + 3}\" t=\"s\"><v>{Index(row[c])}</v></c>");
                    }
                }

                sheet.Write("</row>");
            }

            sheet.Write("</sheetData><mergeCells count=\"1\"><mergeCell ref=\"A1:H1\"/></mergeCells></worksheet>");
        }

        using var shared = new StreamWriter(zip.CreateEntry("xl/sharedStrings.xml", CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
        shared.Write($"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" uniqueCount=\"{order.Count}\">");
        foreach (var text in order)
        {
            shared.Write($"<si><t>{SecurityElement.Escape(text)}</t></si>");
        }

        shared.Write("</sst>");
    }

    private static void WriteGbkCsv(string path, int count)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using var csv = new StreamWriter(path, append: false, Encoding.GetEncoding("GBK"));
        csv.Write("2024年度城乡居民医保资助参保人员名单,,,,,,,\r\n");
        csv.Write(string.Join(',', Headers) + "\r\n");
        var random = new Random(51);
        for (var i = 0; i < count; i++)
        {
            csv.Write(string.Join(',', Row(random, i)) + "\r\n");
        }
    }

    private static void Entry(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }

    /// <summary>VmHWM: the process's peak resident set, from /proc (Linux).</summary>
    private static double PeakResidentMiB()
    {
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? double.NaN : double.Parse(line[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024.0;
    }

    /// <summary>Like a browser upload: the reader must copy it to a temporary file.</summary>
    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            inner.ReadAsync(buffer, cancellationToken);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";
}
