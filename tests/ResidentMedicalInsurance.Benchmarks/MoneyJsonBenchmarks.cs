using System.Buffers.Text;
using BenchmarkDotNet.Attributes;
using ResidentMedicalInsurance.Domain.Common;

namespace ResidentMedicalInsurance.Benchmarks;

/// <summary>
/// The CLI's JSON writer formats every amount through <see cref="Money"/> (UTF-8 "F"). Baseline: the
/// writer's former hand-written fast path, kept here only to measure what giving it up costs.
/// </summary>
[MemoryDiagnoser]
public class MoneyJsonBenchmarks
{
    private static readonly long[] Amounts = [0, 5, 23250, 25000, 28050, 77000, 38880000, -3050];

    [Benchmark(Baseline = true)]
    public int FormerFastPath()
    {
        Span<byte> buffer = stackalloc byte[24];
        var total = 0;
        foreach (var fen in Amounts)
        {
            total += Former(fen, buffer);
        }

        return total;
    }

    [Benchmark]
    public int MoneyUtf8()
    {
        Span<byte> buffer = stackalloc byte[24];
        var total = 0;
        foreach (var fen in Amounts)
        {
            Money.FromFen(fen).TryFormat(buffer, out var written, "F", null);
            total += written;
        }

        return total;
    }

    private static int Former(long fen, Span<byte> destination)
    {
        var position = 0;
        if (fen < 0)
        {
            destination[position++] = (byte)'-';
            fen = -fen;
        }

        Utf8Formatter.TryFormat(fen / 100, destination[position..], out var written);
        position += written;
        destination[position++] = (byte)'.';
        var cents = (int)(fen % 100);
        destination[position++] = (byte)('0' + (cents / 10));
        destination[position++] = (byte)('0' + (cents % 10));
        return position;
    }
}
