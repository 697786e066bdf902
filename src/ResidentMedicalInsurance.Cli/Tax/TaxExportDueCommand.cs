using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Application.Features.Tax;
using ResidentMedicalInsurance.Cli.Database;
using ResidentMedicalInsurance.Cli.Rosters;
using ResidentMedicalInsurance.Infrastructure.Persistence;

namespace ResidentMedicalInsurance.Cli.Tax;

/// <summary>
/// <c>rmi tax export-due</c>: the portal's 应缴费信息 export (ADR 0054) as county staff of the tenant, into a file
/// (xlsx when it ends in .xlsx, else csv in GB18030); audited like the download. Prints one JSON line: the rows
/// written, the persons left out (no payment taken on that date, or 0 due) and the file's full path.
/// </summary>
public sealed class TaxExportDueCommand : ICliCommand
{
    private const string Usage =
        "用法：rmi tax export-due --tenant <县代码> --date <yyyy-MM-dd> --out <应缴费信息.csv|.xlsx> [--township <乡镇名称>] [数据库参数]";

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string Name => "tax export-due";

    public string Summary => "导出某日的应缴费信息（已登记未缴费人员及应缴金额）供税务部门使用";

    public Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken) =>
        DatabaseHost.RunAsync(
            args,
            ["--tenant", "--date", "--out", "--township"],
            Usage,
            console,
            async (services, arguments) =>
            {
                var missing = new[] { "--tenant", "--date", "--out" }.Where(o => arguments.Get(o) is null).ToList();
                if (missing.Count > 0)
                {
                    await console.Error.WriteLineAsync($"缺少参数：{string.Join(" ", missing)}\n{Usage}").ConfigureAwait(false);
                    return 2;
                }

                await console.Out.WriteLineAsync(await ExportAsync(services, arguments, cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
                return 0;
            });

    private static async Task<string> ExportAsync(IServiceProvider services, CliArguments arguments, CancellationToken ct)
    {
        if (!DateOnly.TryParseExact(arguments.Get("--date"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new AppException($"缴费日期“{arguments.Get("--date")}”格式不对，请写成 yyyy-MM-dd，例如 --date 2019-12-20。");
        }

        var path = Path.GetFullPath(arguments.Get("--out")!);
        var xlsx = path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);
        await using var scope = await CliTenant.ScopeAsync(services, arguments.Get("--tenant")!, ct).ConfigureAwait(false);
        var townshipId = arguments.Get("--township") is { } name ? await TownshipAsync(scope.ServiceProvider, name, ct).ConfigureAwait(false) : (Guid?)null;
        var export = await scope.ServiceProvider.GetRequiredService<IMediator>()
            .Send(new ExportDue(date, townshipId, xlsx ? DueFileFormat.Xlsx : DueFileFormat.Csv), ct).ConfigureAwait(false);

        var writer = scope.ServiceProvider.GetRequiredService<ITableFileWriter>();
        var download = export.Download;
        // Written beside the target and moved into place: a failed export leaves no half file under the name.
        var part = path + ".part";
        try
        {
            await using (var file = File.Create(part))
            {
                var writing = xlsx
                    ? writer.WriteXlsxAsync(file, download.Sheet, download.Headers, download.Rows, ct)
                    : writer.WriteCsvAsync(file, download.Headers, download.Rows, ct);
                await writing.ConfigureAwait(false);
            }

            File.Move(part, path, overwrite: true);
        }
        finally
        {
            File.Delete(part);
        }

        return JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["rows"] = export.Counts.Listed,
            ["left-out"] = export.Counts.LeftOut,
            ["file"] = path,
        }, Json);
    }

    private static async Task<Guid> TownshipAsync(IServiceProvider services, string name, CancellationToken ct)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var townships = await db.Townships.AsNoTracking().OrderBy(t => t.SortOrder).Select(t => new { t.Id, t.Name }).ToListAsync(ct).ConfigureAwait(false);
        return townships.FirstOrDefault(t => t.Name == name.Trim())?.Id
            ?? throw new AppException($"本县没有乡镇“{name}”。可选：{string.Join("、", townships.Select(t => t.Name))}。");
    }
}
