using System.Text.Encodings.Web;
using System.Text.Json;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Application.Features.Tax;
using ResidentMedicalInsurance.Cli.Database;
using ResidentMedicalInsurance.Domain.Tax;

namespace ResidentMedicalInsurance.Cli.Tax;

/// <summary>
/// <c>rmi tax import-paid</c>: stages the tax bureau's paid records, matches them with the portal's job code in
/// this process and applies the file (one transaction) unless <c>--dry-run</c>; prints one JSON line with the
/// rows and the count of every outcome. The same file twice records nothing new.
/// </summary>
public sealed class TaxImportPaidCommand : ICliCommand
{
    private const string Usage = "用法：rmi tax import-paid --tenant <县代码> --file <已缴费信息.xlsx|.csv> [--dry-run] [数据库参数]";

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string Name => "tax import-paid";

    public string Summary => "导入税务部门已缴费信息，比对并入账";

    public Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken) =>
        DatabaseHost.RunAsync(
            args,
            ["--tenant", "--file", "--dry-run"],
            Usage,
            console,
            async (services, arguments) =>
            {
                if (arguments.Get("--tenant") is not { } tenant || arguments.Get("--file") is not { } path)
                {
                    await console.Error.WriteLineAsync($"缺少参数：--tenant 与 --file\n{Usage}").ConfigureAwait(false);
                    return 2;
                }

                await console.Out.WriteLineAsync(await ImportAsync(services, tenant, path, arguments.Has("--dry-run"), cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
                return 0;
            },
            ["--dry-run"]);

    private static async Task<string> ImportAsync(IServiceProvider services, string tenantCode, string path, bool dryRun, CancellationToken ct)
    {
        if (!File.Exists(path))
        {
            throw new AppException($"找不到文件 {path}。");
        }

        await using var scope = await CliTenant.ScopeAsync(services, tenantCode, ct).ConfigureAwait(false);
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        var staged = await mediator.Send(new StagePaidFile { FileName = Path.GetFileName(path), Content = await File.ReadAllBytesAsync(path, ct).ConfigureAwait(false) }, ct).ConfigureAwait(false);
        var status = await scope.ServiceProvider.GetRequiredService<PaidFileImport>().RunAsync(staged.FileId, ct).ConfigureAwait(false);
        var file = (await mediator.Send(new ListPaidFiles(), ct).ConfigureAwait(false)).Single(f => f.Id == staged.FileId);
        if (status == PaidFileStatus.Failed)
        {
            throw new AppException(file.Failure ?? "已缴费信息导入失败。");
        }

        if (!dryRun)
        {
            await mediator.Send(new ApplyPaidFile(staged.FileId), ct).ConfigureAwait(false);
        }

        return JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["rows"] = file.RowsTotal,
            ["outcomes"] = file.Outcomes.ToDictionary(o => o.Name, o => o.Count),
        }, Json);
    }
}
