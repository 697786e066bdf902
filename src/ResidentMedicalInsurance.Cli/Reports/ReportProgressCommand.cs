using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Application.Features.Progress;
using ResidentMedicalInsurance.Cli.Database;
using ResidentMedicalInsurance.Cli.Rosters;

namespace ResidentMedicalInsurance.Cli.Reports;

/// <summary>
/// <c>rmi report progress</c>: the campaign progress of the tenant's current year (<see cref="ProgressQuery"/>, as county
/// staff), one JSON line per township and a total line: plan, enrolled, paid (on or before <c>--date</c>) and rate.
/// </summary>
public sealed class ReportProgressCommand : ICliCommand
{
    private const string Usage = "用法：rmi report progress --tenant <县代码> [--date <yyyy-MM-dd>] [数据库参数]";

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string Name => "report progress";

    public string Summary => "按乡镇输出本年度参保缴费进度（任务数、参保、缴费、完成率），每行一个 JSON";

    public Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken) =>
        DatabaseHost.RunAsync(args, ["--tenant", "--date"], Usage, console, async (services, arguments) =>
        {
            if (arguments.Get("--tenant") is not { } code)
            {
                await console.Error.WriteLineAsync($"缺少参数：--tenant\n{Usage}").ConfigureAwait(false);
                return 2;
            }

            DateOnly? date = null;
            if (arguments.Get("--date") is { } text)
            {
                date = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
                    ? parsed
                    : throw new AppException($"统计日期“{text}”格式不对，请写成 yyyy-MM-dd，例如 --date 2019-12-31。");
            }

            await using var scope = await CliTenant.ScopeAsync(services, code, cancellationToken).ConfigureAwait(false);
            var report = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ProgressQuery(date), cancellationToken).ConfigureAwait(false);
            foreach (var line in report.Townships.Append(report.Total))
            {
                await console.Out.WriteLineAsync(Line(line)).ConfigureAwait(false);
            }

            return 0;
        });

    /// <summary>One township's line; the rate rounded to four places.</summary>
    public static string Line(ProgressLine line) => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["township"] = line.Township,
        ["plan"] = line.Plan,
        ["enrolled"] = line.Enrolled,
        ["paid"] = line.Paid,
        ["rate"] = Math.Round(line.Rate, 4),
    }, Json);
}
