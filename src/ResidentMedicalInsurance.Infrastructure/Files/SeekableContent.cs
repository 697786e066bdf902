namespace ResidentMedicalInsurance.Infrastructure.Files;

/// <summary>
/// The uploaded bytes as a seekable stream from their start: the caller's stream when it can seek
/// (read from position 0), otherwise a copy in a temporary file that is deleted when this is disposed
/// (a browser upload is not seekable; the zip directory of an xlsx is at its end and the csv encoding
/// check reads the bytes twice). The caller's stream is never closed here: the readers get a view of it
/// that ignores Dispose (MiniExcel closes the stream it reads).
/// </summary>
internal sealed class SeekableContent : IAsyncDisposable
{
    private readonly FileStream? copy;

    private SeekableContent(Stream source, FileStream? copy)
    {
        this.copy = copy;
        source.Position = 0;
        Stream = new LeaveOpenStream(source);
    }

    public Stream Stream { get; }

    public long Length => Stream.Length;

    public static async Task<SeekableContent> OpenAsync(Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.CanSeek)
        {
            return new SeekableContent(content, null);
        }

        var path = Path.Combine(Path.GetTempPath(), "rmi-upload-" + Path.GetRandomFileName());
        var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        try
        {
            await content.CopyToAsync(file, cancellationToken).ConfigureAwait(false);
            await file.FlushAsync(cancellationToken).ConfigureAwait(false);
            return new SeekableContent(file, file);
        }
        catch
        {
            await file.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Back to the start, for a second pass.</summary>
    public void Rewind() => Stream.Position = 0;

    public async ValueTask DisposeAsync()
    {
        if (copy is not null)
        {
            await copy.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>A read-only view of a stream whose Dispose leaves the stream open.</summary>
    private sealed class LeaveOpenStream(Stream inner) : Stream
    {
        public override bool CanRead => inner.CanRead;

        public override bool CanSeek => inner.CanSeek;

        public override bool CanWrite => false;

        public override long Length => inner.Length;

        public override long Position
        {
            get => inner.Position;
            set => inner.Position = value;
        }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override int Read(Span<byte> buffer) => inner.Read(buffer);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            inner.ReadAsync(buffer, offset, count, cancellationToken);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            inner.ReadAsync(buffer, cancellationToken);

        public override int ReadByte() => inner.ReadByte();

        public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

        public override void Flush()
        {
        }

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
