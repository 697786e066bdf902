using System.Runtime.CompilerServices;
using System.Text;

namespace ResidentMedicalInsurance.Cli.Policy;

/// <summary>A source of input lines as UTF-8 bytes, one at a time, in constant memory.</summary>
internal interface ILineSource
{
    /// <summary>The next line without its end-of-line; false at the end of input.</summary>
    /// <param name="tooLong">The line exceeded the limit and was skipped.</param>
    bool TryReadLine(out ReadOnlySpan<byte> line, out bool tooLong);
}

/// <summary>Splits a byte stream on '\n' (dropping '\r' and a leading BOM) with one reused buffer.</summary>
internal sealed class StreamLineSource(Stream stream, Action beforeBlockingRead, int maxLineBytes = StreamLineSource.DefaultMaxLineBytes) : ILineSource
{
    public const int DefaultMaxLineBytes = 16 * 1024 * 1024;

    private byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;
    private bool _eof;
    private bool _first = true;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryReadLine(out ReadOnlySpan<byte> line, out bool tooLong)
    {
        tooLong = false;
        var skipping = false;
        while (true)
        {
            var newline = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                var found = _buffer.AsSpan(_start, newline);
                _start += newline + 1;
                if (skipping)
                {
                    tooLong = true;
                    line = default;
                    return true;
                }

                line = Trim(found);
                return true;
            }

            if (_eof)
            {
                if (_start == _end && !skipping)
                {
                    line = default;
                    return false;
                }

                var rest = _buffer.AsSpan(_start, _end - _start);
                _start = _end;
                tooLong = skipping;
                line = skipping ? default : Trim(rest);
                return true;
            }

            Fill(ref skipping);
        }
    }

    private void Fill(ref bool skipping)
    {
        if (skipping)
        {
            _start = _end = 0;
        }
        else if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            if (_buffer.Length >= maxLineBytes)
            {
                // Too long to hold: drop it up to the next newline and report it as one bad line.
                skipping = true;
                _start = _end = 0;
            }
            else
            {
                Array.Resize(ref _buffer, Math.Min(_buffer.Length * 2, maxLineBytes));
            }
        }

        beforeBlockingRead();
        var read = stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _eof = true;
        }

        _end += read;
    }

    private ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> line)
    {
        if (_first)
        {
            _first = false;
            if (line.StartsWith("\uFEFF"u8))
            {
                line = line[3..];
            }
        }

        return line.Length > 0 && line[^1] == '\r' ? line[..^1] : line;
    }
}

/// <summary>Reads lines from a <see cref="TextReader"/> (tests, redirected consoles) and encodes them to UTF-8.</summary>
internal sealed class TextReaderLineSource(TextReader reader, int maxLineBytes = StreamLineSource.DefaultMaxLineBytes) : ILineSource
{
    private byte[] _buffer = new byte[4096];

    public bool TryReadLine(out ReadOnlySpan<byte> line, out bool tooLong)
    {
        tooLong = false;
        var text = reader.ReadLine();
        if (text is null)
        {
            line = default;
            return false;
        }

        var needed = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (needed > _buffer.Length)
        {
            needed = Encoding.UTF8.GetByteCount(text);
            if (needed > maxLineBytes)
            {
                tooLong = true;
                line = default;
                return true;
            }

            _buffer = new byte[Math.Max(needed, _buffer.Length * 2)];
        }

        var written = Encoding.UTF8.GetBytes(text, _buffer);
        line = _buffer.AsSpan(0, written);
        if (line.StartsWith("\uFEFF"u8))
        {
            line = line[3..];
        }

        return true;
    }
}
