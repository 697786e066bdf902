using System.Text.Encodings.Web;
using System.Text.Json;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Application.Features.Rosters;
using ResidentMedicalInsurance.Cli.Database;
using ResidentMedicalInsurance.Domain.Rosters;

namespace ResidentMedicalInsurance.Cli.Rosters;

/// <summary>
/// <c>rmi roster import</c>: stages a department's roster and runs the same import as the portal's job, in
/// this process, as county staff of the tenant; optionally approves the matched rows. Prints one JSON line:
/// the roster id, its rows and the count of every outcome (zeros included).
/// </summary>
public sealed class RosterImportCommand : ICliCommand
{
    private const string Usage =
        "用法：rmi roster import --tenant <县代码> --file <名单.xlsx|.csv> --department <认定部门> --year <参保年度> [--kind full|change] [--approve-matched] [数据库参数]";

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string Name => "roster import";

    public string Summary => "导入部门资助名单并比对（可直接审核通过比对成功的行）";

    public Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken) =>
        DatabaseHost.RunAsync(
            args,
            ["--tenant", "--file", "--department", "--year", "--kind", "--approve-matched"],
            Usage,
            console,
            async (services, arguments) =>
            {
                var missing = new[] { "--tenant", "--file", "--department", "--year" }.Where(o => arguments.Get(o) is null).ToList();
                if (missing.Count > 0)
                {
                    await console.Error.WriteLineAsync($"缺少参数：{string.Join(" ", missing)}\n{Usage}").ConfigureAwait(false);
                    return 2;
                }

                var line = await ImportAsync(services, arguments, cancellationToken).ConfigureAwait(false);
                await console.Out.WriteLineAsync(line).ConfigureAwait(false);
                return 0;
            },
            ["--approve-matched"]);

    private static async Task<string> ImportAsync(IServiceProvider services, CliArguments arguments, CancellationToken ct)
    {
        var kind = arguments.Get("--kind")?.ToLowerInvariant() switch
        {
            null or "full" => RosterKind.Full,
            "change" => RosterKind.Change,
            var other => throw new AppException($"未知的名单类型“{other}”，可选 full（全量）或 change（变动）。"),
        };
        if (!int.TryParse(arguments.Get("--year"), out var year))
        {
            throw new AppException($"参保年度“{arguments.Get("--year")}”不是年份，例如 --year 2020。");
        }

        var path = arguments.Get("--file")!;
        if (!File.Exists(path))
        {
            throw new AppException($"找不到文件 {path}。");
        }

        await using var scope = await CliTenant.ScopeAsync(services, arguments.Get("--tenant")!, ct).ConfigureAwait(false);
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        var staged = await mediator.Send(new StageRoster
        {
            Department = arguments.Get("--department")!,
            Year = year,
            Kind = kind,
            FileName = Path.GetFileName(path),
            Content = await File.ReadAllBytesAsync(path, ct).ConfigureAwait(false),
        }, ct).ConfigureAwait(false);
        var status = await scope.ServiceProvider.GetRequiredService<RosterImport>().RunAsync(staged.RosterId, ct).ConfigureAwait(false);
        var review = await mediator.Send(new GetRoster(staged.RosterId), ct).ConfigureAwait(false);
        if (status == RosterStatus.Failed)
        {
            throw new AppException(review.Roster.Failure ?? "名单导入失败。");
        }

        var result = new Dictionary<string, object>
        {
            ["roster"] = staged.RosterId,
            ["rows"] = review.Roster.RowsTotal,
            ["outcomes"] = review.Outcomes.ToDictionary(o => o.Name, o => o.Count),
        };
        if (arguments.Has("--approve-matched"))
        {
            result["approved"] = (await mediator.Send(new ApproveRosterRows(staged.RosterId), ct).ConfigureAwait(false)).Rows;
        }

        return JsonSerializer.Serialize(result, Json);
    }
}
