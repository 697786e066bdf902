using System.Text;

namespace ResidentMedicalInsurance.Infrastructure.Files;

/// <summary>
/// The encoding of an uploaded csv. A byte-order mark decides (UTF-8, UTF-16); without one, bytes that
/// are valid UTF-8 throughout are UTF-8, anything else is GB18030: what Excel's "CSV (逗号分隔)" writes
/// on a Chinese Windows is GBK (code page 936), of which GB18030 is a superset, so one decoder reads both.
/// The whole file is checked, not a prefix: a GBK file can be ASCII for its first thousand rows.
/// </summary>
internal static class TextEncodings
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// GB18030 (code page 54936). .NET has it only through the code-pages provider, registered here once
    /// for the process (before the look-up: a static initialiser runs before a static constructor's body).
    /// </summary>
    public static Encoding Gb18030 { get; } = LoadGb18030();

    /// <summary>The encoding and the length of its byte-order mark; leaves the stream at its start.</summary>
    public static async Task<(Encoding Encoding, int Preamble)> DetectAsync(SeekableContent content, CancellationToken cancellationToken)
    {
        var buffer = new byte[1 << 16];
        try
        {
            var stream = content.Stream;
            var read = await stream.ReadAtLeastAsync(buffer.AsMemory(0, 3), 3, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
            var head = buffer.AsSpan(0, read);
            if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                return (new UTF8Encoding(false), 3);
            }

            if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            {
                return (new UnicodeEncoding(bigEndian: false, byteOrderMark: false), 2);
            }

            if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            {
                return (new UnicodeEncoding(bigEndian: true, byteOrderMark: false), 2);
            }

            content.Rewind();
            return (await IsUtf8Async(stream, buffer, cancellationToken).ConfigureAwait(false) ? new UTF8Encoding(false) : Gb18030, 0);
        }
        finally
        {
            content.Rewind();
        }
    }

    private static Encoding LoadGb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(54936);
    }

    private static async Task<bool> IsUtf8Async(Stream stream, byte[] buffer, CancellationToken cancellationToken)
    {
        // GetChars, not GetCharCount: only decoding carries a character split across two reads into the next one.
        var decoder = StrictUtf8.GetDecoder();
        var chars = new char[StrictUtf8.GetMaxCharCount(buffer.Length)];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                decoder.GetChars(buffer, 0, read, chars, 0, flush: false);
            }

            decoder.GetChars([], 0, 0, chars, 0, flush: true);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
