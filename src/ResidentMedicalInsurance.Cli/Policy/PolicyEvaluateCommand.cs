using System.Runtime.CompilerServices;
using System.Text.Json;
using ResidentMedicalInsurance.Policies;

namespace ResidentMedicalInsurance.Cli.Policy;

/// <summary>
/// <c>rmi policy evaluate</c>: JSON Lines in (one case a line), JSON Lines out (one result a line, in order),
/// policy-spec section 10. Streams in constant memory; a bad line yields <c>{"id":...,"error":"..."}</c> and
/// the next line is read. Never touches the database.
/// </summary>
public sealed class PolicyEvaluateCommand : ICliCommand
{
    private const int BufferBytes = 1024 * 1024;

    public string Name => "policy evaluate";

    public string Summary => "按政策配置逐行评估案例（标准输入 JSON Lines → 标准输出 JSON Lines）";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        if (args.Count > 0)
        {
            var help = args[0] is "--help" or "-h" or "help";
            await (help ? console.Out : console.Error).WriteLineAsync(Usage()).ConfigureAwait(false);
            return help ? 0 : 2;
        }

        // The process console goes through raw streams (no per-write flush, no UTF-16 round trip).
        var useStdin = ReferenceEquals(console.In, Console.In);
        var useStdout = ReferenceEquals(console.Out, Console.Out);
        using OutputSink sink = useStdout ? new BackgroundStreamSink(Console.OpenStandardOutput(), BufferBytes) : new TextWriterSink(console.Out);
        using var stdin = useStdin ? Console.OpenStandardInput() : null;
        ILineSource source = stdin is not null
            ? new StreamLineSource(stdin, () => sink.Flush(waitUntilWritten: false))
            : new TextReaderLineSource(console.In);
        var flushEveryLine = stdin is null || !Console.IsInputRedirected;

        (long Lines, long Errors) counts;
        try
        {
            counts = Evaluate(source, sink, flushEveryLine, cancellationToken);
            sink.Flush(waitUntilWritten: true);
        }
        catch (IOException ex)
        {
            await console.Error.WriteLineAsync($"评估中止：{ex.Message}").ConfigureAwait(false);
            return 1;
        }

        if (counts.Errors > 0)
        {
            await console.Error.WriteLineAsync($"已评估 {counts.Lines} 行，其中 {counts.Errors} 行有误（见输出中的 error）。").ConfigureAwait(false);
        }

        return 0;
    }

    /// <summary>The evaluation loop; returns how many lines were read and how many were errors.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (long Lines, long Errors) Evaluate(ILineSource source, OutputSink sink, bool flushEveryLine, CancellationToken cancellationToken)
    {
        var parser = new CaseParser(PolicyCatalog.All);
        using var writer = new DecisionJsonWriter(sink);
        long lines = 0, errors = 0;
        while (source.TryReadLine(out var line, out var tooLong))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!tooLong && line.Trim(" \t"u8).IsEmpty)
            {
                continue;
            }

            lines++;
            var id = CaseId.None;
            try
            {
                if (tooLong)
                {
                    throw new CaseFormatException("该行过长，已跳过。");
                }

                var parsed = parser.Parse(line, out id);
                var decision = parsed.Profile.Evaluate(parsed.Case);
                writer.WriteResult(parsed.Id, decision);
            }
            catch (Exception ex) when (ex is JsonException or CaseFormatException or InvalidOperationException or ArgumentException or FormatException)
            {
                errors++;
                writer.WriteError(id, Message(ex));
            }

            sink.EndLine();
            if (flushEveryLine || sink.Pending >= BufferBytes - (64 * 1024))
            {
                sink.Flush(waitUntilWritten: false);
            }
        }

        return (lines, errors);
    }

    private static string Message(Exception ex) => ex switch
    {
        CaseFormatException => ex.Message,
        JsonException json => $"不是有效的 JSON（第 {(json.BytePositionInLine ?? 0) + 1} 个字节附近）：请检查引号、逗号和括号。",
        _ => $"无法解析该行：{ex.Message}",
    };

    private static string Usage() => """
        用法：rmi policy evaluate < cases.jsonl > results.jsonl
        从标准输入逐行读取案例（JSON Lines，见 docs/policy-spec.md 第 10 节），每行输出一个结果，顺序与输入一致。
        格式错误的行输出 {"id": ..., "error": "..."} 并继续处理下一行。
        """;
}
