using System.Buffers;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;

namespace ResidentMedicalInsurance.Cli.Policy;

/// <summary>Where result lines go: a byte buffer the JSON writer fills, handed on line by line.</summary>
internal abstract class OutputSink : IBufferWriter<byte>, IDisposable
{
    /// <summary>Bytes written since the last hand-off.</summary>
    public abstract int Pending { get; }

    public abstract void Advance(int count);

    public abstract Memory<byte> GetMemory(int sizeHint = 0);

    public abstract Span<byte> GetSpan(int sizeHint = 0);

    public void EndLine()
    {
        GetSpan(1)[0] = (byte)'\n';
        Advance(1);
    }

    /// <summary>Hands the pending bytes on; <paramref name="waitUntilWritten"/> also waits for them to reach the target.</summary>
    public abstract void Flush(bool waitUntilWritten);

    public abstract void Dispose();
}

/// <summary>
/// Writes to a byte stream from a background thread, so that formatting the next results overlaps the
/// write of the previous ones. Memory stays constant: a fixed ring of buffers is recycled.
/// </summary>
internal sealed class BackgroundStreamSink : OutputSink
{
    private const int Buffers = 4;
    private readonly Stream _stream;
    private readonly BlockingCollection<ArrayBufferWriter<byte>> _full = new(Buffers);
    private readonly BlockingCollection<ArrayBufferWriter<byte>> _free = new(Buffers);
    private readonly Thread _writer;
    private ArrayBufferWriter<byte> _current;
    private Exception? _failure;
    private int _inFlight;

    public BackgroundStreamSink(Stream stream, int bufferBytes)
    {
        _stream = stream;
        for (var i = 0; i < Buffers - 1; i++)
        {
            _free.Add(new ArrayBufferWriter<byte>(bufferBytes));
        }

        _current = new ArrayBufferWriter<byte>(bufferBytes);
        _writer = new Thread(WriteLoop) { IsBackground = true, Name = "rmi-output" };
        _writer.Start();
    }

    public override int Pending => _current.WrittenCount;

    public override void Advance(int count) => _current.Advance(count);

    public override Memory<byte> GetMemory(int sizeHint = 0) => _current.GetMemory(sizeHint);

    public override Span<byte> GetSpan(int sizeHint = 0) => _current.GetSpan(sizeHint);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override void Flush(bool waitUntilWritten)
    {
        ThrowIfFailed();
        if (_current.WrittenCount > 0)
        {
            Interlocked.Increment(ref _inFlight);
            _full.Add(_current);
            _current = _free.Take();
        }

        if (waitUntilWritten)
        {
            SpinWait.SpinUntil(() => Volatile.Read(ref _inFlight) == 0 || Volatile.Read(ref _failure) is not null);
            ThrowIfFailed();
        }
    }

    public override void Dispose()
    {
        _full.CompleteAdding();
        _writer.Join();
        _full.Dispose();
        _free.Dispose();
        _stream.Dispose();
    }

    private void WriteLoop()
    {
        foreach (var buffer in _full.GetConsumingEnumerable())
        {
            try
            {
                if (_failure is null)
                {
                    _stream.Write(buffer.WrittenSpan);
                    _stream.Flush();
                }
            }
            catch (IOException ex)
            {
                Volatile.Write(ref _failure, ex);
            }

            buffer.ResetWrittenCount();
            _free.Add(buffer);
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private void ThrowIfFailed()
    {
        if (Volatile.Read(ref _failure) is { } failure)
        {
            throw new IOException("无法写入标准输出（输出可能已被关闭）。", failure);
        }
    }
}

/// <summary>Writes to a <see cref="TextWriter"/> (tests, a redirected console), decoding the UTF-8 bytes.</summary>
internal sealed class TextWriterSink(TextWriter text) : OutputSink
{
    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private char[] _chars = [];

    public override int Pending => _buffer.WrittenCount;

    public override void Advance(int count) => _buffer.Advance(count);

    public override Memory<byte> GetMemory(int sizeHint = 0) => _buffer.GetMemory(sizeHint);

    public override Span<byte> GetSpan(int sizeHint = 0) => _buffer.GetSpan(sizeHint);

    public override void Flush(bool waitUntilWritten)
    {
        if (_buffer.WrittenCount > 0)
        {
            var needed = Encoding.UTF8.GetMaxCharCount(_buffer.WrittenCount);
            if (_chars.Length < needed)
            {
                _chars = new char[Math.Max(needed, 4096)];
            }

            var count = Encoding.UTF8.GetChars(_buffer.WrittenSpan, _chars);
            text.Write(_chars, 0, count);
            _buffer.ResetWrittenCount();
        }

        text.Flush();
    }

    public override void Dispose()
    {
    }
}
