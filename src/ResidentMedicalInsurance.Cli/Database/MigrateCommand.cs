using Microsoft.Extensions.DependencyInjection;
using ResidentMedicalInsurance.Infrastructure.Persistence;

namespace ResidentMedicalInsurance.Cli.Database;

/// <summary><c>rmi migrate</c>: schema migrations plus reference data (roles, counties, townships).</summary>
public sealed class MigrateCommand : ICliCommand
{
    public string Name => "migrate";

    public string Summary => "升级数据库结构并写入基础数据（县、乡镇、角色）";

    public Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken) =>
        DatabaseHost.RunAsync(args, [], "用法：rmi migrate [数据库参数]", console, async (services, _) =>
        {
            var options = services.GetRequiredService<DatabaseOptions>();
            await services.GetRequiredService<DatabaseInitializer>().MigrateAsync(cancellationToken).ConfigureAwait(false);
            await console.Out.WriteLineAsync($"数据库已是最新版本（{options.Provider}）。").ConfigureAwait(false);
            return 0;
        });
}
