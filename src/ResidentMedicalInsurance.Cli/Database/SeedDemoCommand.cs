using Microsoft.Extensions.DependencyInjection;
using ResidentMedicalInsurance.Infrastructure.Demo;
using ResidentMedicalInsurance.Infrastructure.Persistence;

namespace ResidentMedicalInsurance.Cli.Database;

/// <summary><c>rmi seed-demo</c>: migrate, then the demo accounts and demo plans. Never on a production database.</summary>
public sealed class SeedDemoCommand : ICliCommand
{
    public string Name => "seed-demo";

    public string Summary => "升级数据库并写入演示账号（仅用于演示和测试，勿用于生产库）";

    public Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken) =>
        DatabaseHost.RunAsync(args, [], "用法：rmi seed-demo [数据库参数]", console, async (services, _) =>
        {
            await services.GetRequiredService<DatabaseInitializer>().MigrateAsync(cancellationToken).ConfigureAwait(false);
            var created = await services.GetRequiredService<DemoSeeder>().SeedAsync(cancellationToken).ConfigureAwait(false);
            await console.Out.WriteLineAsync(
                $"演示数据已就绪：新建 {created} 个用户（每县 {DemoUsers.PerCounty.Count} 个，用户名如 youxi-clerk），统一密码 {DemoUsers.Password}。")
                .ConfigureAwait(false);
            return 0;
        });
}
