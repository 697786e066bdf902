using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Application;
using ResidentMedicalInsurance.Infrastructure;
using ResidentMedicalInsurance.Infrastructure.Identity;
using ResidentMedicalInsurance.Infrastructure.Persistence;

namespace ResidentMedicalInsurance.Cli.Database;

/// <summary>
/// The services of a database command. The database comes from <c>--provider</c> / <c>--connection</c>,
/// else from <c>Database__Provider</c> / <c>Database__ConnectionString</c>, else the SQLite default.
/// </summary>
public static class DatabaseHost
{
    public const string ProviderOption = "--provider";
    public const string ConnectionOption = "--connection";
    public static readonly string[] Options = [ProviderOption, ConnectionOption];

    public const string Usage = "数据库：--provider sqlite|postgresql|sqlserver --connection \"<连接字符串>\"（默认取环境变量 Database__Provider / Database__ConnectionString，否则为 data/rmi.db）";

    public static ServiceProvider Build(CliArguments arguments)
    {
        var overrides = new Dictionary<string, string?>();
        if (arguments.Get(ProviderOption) is { } provider)
        {
            overrides[$"{DatabaseOptions.Section}:{nameof(DatabaseOptions.Provider)}"] = provider.ToLowerInvariant() switch
            {
                "sqlite" => nameof(DatabaseProvider.Sqlite),
                "postgresql" or "postgres" or "pg" => nameof(DatabaseProvider.PostgreSql),
                "sqlserver" or "mssql" => nameof(DatabaseProvider.SqlServer),
                _ => throw new AppException($"未知的数据库类型“{provider}”，可选 sqlite、postgresql 或 sqlserver。"),
            };
        }

        if (arguments.Get(ConnectionOption) is { } connection)
        {
            overrides[$"{DatabaseOptions.Section}:{nameof(DatabaseOptions.ConnectionString)}"] = connection;
        }

        var configuration = new ConfigurationBuilder()
            .AddEnvironmentVariables()
            .AddInMemoryCollection(overrides)
            .Build();

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddInfrastructure(configuration);
        services.AddApplication();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    /// <summary>Runs <paramref name="work"/> with the command's services; expected failures become a zh-CN line and exit code 1.</summary>
    public static async Task<int> RunAsync(
        IReadOnlyList<string> args,
        IReadOnlyCollection<string> commandOptions,
        string usage,
        CliConsole console,
        Func<IServiceProvider, CliArguments, Task<int>> work,
        IReadOnlyCollection<string>? flags = null)
    {
        if (args.Any(a => a is "--help" or "-h"))
        {
            await console.Out.WriteLineAsync($"{usage}\n{Usage}").ConfigureAwait(false);
            return 0;
        }

        var arguments = CliArguments.Parse(args, [.. commandOptions, .. Options], out var error, flags);
        if (arguments is null)
        {
            await console.Error.WriteLineAsync($"{error}\n{usage}\n{Usage}").ConfigureAwait(false);
            return 2;
        }

        try
        {
            await using var services = Build(arguments);
            return await work(services, arguments).ConfigureAwait(false);
        }
        catch (AppException ex)
        {
            await console.Error.WriteLineAsync(ex.Message).ConfigureAwait(false);
            return 1;
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.Data.Common.DbException or ArgumentException)
        {
            await console.Error.WriteLineAsync($"数据库操作失败：{ex.GetBaseException().Message}").ConfigureAwait(false);
            return 1;
        }
    }
}
