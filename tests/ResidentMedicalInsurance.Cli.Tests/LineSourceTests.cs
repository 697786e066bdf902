using System.Text;
using ResidentMedicalInsurance.Cli.Policy;

namespace ResidentMedicalInsurance.Cli.Tests;

/// <summary>The byte-stream reader behind <c>rmi policy evaluate</c> on the process's standard input.</summary>
public class LineSourceTests
{
    private static List<string> ReadAll(Stream stream, int maxLineBytes = 1024)
    {
        var flushes = 0;
        var source = new StreamLineSource(stream, () => flushes++, maxLineBytes);
        var lines = new List<string>();
        while (source.TryReadLine(out var line, out var tooLong))
        {
            lines.Add(tooLong ? "<too long>" : Encoding.UTF8.GetString(line));
        }

        Assert.True(flushes > 0);
        return lines;
    }

    [Fact]
    public void Stream_SplitsLines_DropsCrAndBom_KeepsLastLineWithoutNewline()
    {
        var bytes = Encoding.UTF8.GetBytes("\uFEFF一\r\n\n二\n三");
        Assert.Equal(["一", "", "二", "三"], ReadAll(new MemoryStream(bytes)));
    }

    [Fact]
    public void Stream_OneByteReads_StillWholeLines()
    {
        var text = string.Join('\n', Enumerable.Range(0, 300).Select(i => $"line-{i}-尤溪"));
        var lines = ReadAll(new TrickleStream(Encoding.UTF8.GetBytes(text)));
        Assert.Equal(300, lines.Count);
        Assert.Equal("line-299-尤溪", lines[^1]);
    }

    [Fact]
    public void Stream_LineLongerThanLimit_ReportedOnce_NextLineRead()
    {
        var text = new string('x', 200_000) + "\nafter\n" + new string('y', 5000);
        var lines = ReadAll(new MemoryStream(Encoding.ASCII.GetBytes(text)), maxLineBytes: 64 * 1024);
        Assert.Equal(["<too long>", "after", new string('y', 5000)], lines);
    }

    /// <summary>Returns one byte per read, like a slow pipe.</summary>
    private sealed class TrickleStream(byte[] data) : MemoryStream(data)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 1));
    }
}
