using System.Text;
using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Infrastructure.Files;

namespace ResidentMedicalInsurance.Infrastructure.Tests.Files;

/// <summary>The layout of a subsidised-enrolment list (资助参保名单) and helpers to read a file through the real reader.</summary>
internal static class TableFileTesting
{
    public static TableLayout Subsidy { get; } = new(
    [
        new TableColumn("idNumber", "身份证号", ["公民身份号码", "证件号码", "身份证号码"], Required: true),
        new TableColumn("name", "姓名", ["名字", "Name"], Required: true),
        new TableColumn("category", "资助类别", ["类别"], Required: false),
        new TableColumn("department", "认定部门", [], Required: false),
        new TableColumn("certifiedOn", "认定日期", ["认定时间"], Required: false),
        new TableColumn("township", "乡镇", ["乡镇（街道）"], Required: false),
        new TableColumn("village", "村（社区）", ["村"], Required: false),
        new TableColumn("note", "备注", [], Required: false),
    ]);

    /// <summary>
    /// GBK and GB18030 for writing test files, straight from the code-pages provider: the tests do not
    /// register it for the process, so a reader that forgot to would fail them.
    /// </summary>
    public static Encoding Gbk => CodePagesEncodingProvider.Instance.GetEncoding("GBK")!;

    public static Encoding Gb18030 => CodePagesEncodingProvider.Instance.GetEncoding("GB18030")!;

    public static Encoding StrictGbk => CodePagesEncodingProvider.Instance.GetEncoding(
        "GBK", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)!;

    public static async Task<List<TableRow>> ReadAsync(byte[] content, string fileName, TableLayout? layout = null, bool seekable = true)
    {
        using Stream stream = seekable ? new MemoryStream(content) : new NonSeekableStream(content);
        var rows = new List<TableRow>();
        await foreach (var row in new TableFileReader().ReadAsync(stream, fileName, layout ?? Subsidy, CancellationToken.None))
        {
            rows.Add(row);
        }

        return rows;
    }

    public static async Task<string> FailureAsync(byte[] content, string fileName, TableLayout? layout = null) =>
        (await Assert.ThrowsAsync<TableFileException>(() => ReadAsync(content, fileName, layout))).Message;

    /// <summary>Reads like a browser upload: forward only, no length.</summary>
    public sealed class NonSeekableStream(byte[] content) : Stream
    {
        private readonly MemoryStream inner = new(content);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, Math.Min(count, 1000));

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

    /// <summary>Writes like an HTTP response body: forward only, and synchronous writes are refused.</summary>
    public sealed class AsyncOnlyWriteStream : Stream
    {
        public MemoryStream Written { get; } = new();

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Flush()
        {
        }

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) =>
            throw new InvalidOperationException("Synchronous operations are disallowed.");

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
            Written.WriteAsync(buffer, cancellationToken);

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Written.WriteAsync(buffer, offset, count, cancellationToken);
    }
}
