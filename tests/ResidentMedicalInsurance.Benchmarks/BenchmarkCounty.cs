using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ResidentMedicalInsurance.Application;
using ResidentMedicalInsurance.Domain.Residents;
using ResidentMedicalInsurance.Infrastructure;
using ResidentMedicalInsurance.Infrastructure.Identity;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Infrastructure.Tenancy;

namespace ResidentMedicalInsurance.Benchmarks;

/// <summary>What the import measurements share: services over a database, a county-staff scope, synthetic people, a throwaway PostgreSQL database, the report line.</summary>
public static class BenchmarkCounty
{
    public const string DefaultServer = "Host=127.0.0.1;Port=55432;Username=rmi;Database=postgres";
    private static readonly string Surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高";
    private static readonly string GivenNames = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华";

    public static void Report(string what, int rows, TimeSpan elapsed)
    {
        var peak = File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmHWM", StringComparison.Ordinal));
        Console.WriteLine($"  {what}: {rows:N0} 行，{elapsed.TotalSeconds:F2} s，{rows / elapsed.TotalSeconds:N0} 行/s，峰值内存 {peak.Split(':')[1].Trim()}");
    }

    public static string Id(int i)
    {
        var first17 = $"350426{new DateOnly(1950, 1, 1).AddDays(i / 500):yyyyMMdd}{i % 500 * 2 + 1:000}";
        return first17 + ResidentIdNumber.ComputeCheckDigit(first17);
    }

    public static string Name(int i) => $"{Surnames[i % Surnames.Length]}{GivenNames[i / Surnames.Length % GivenNames.Length]}{GivenNames[i % GivenNames.Length]}";

    /// <summary>The portal's services over the database, with any further settings (e.g. <c>Clock:Start</c>).</summary>
    public static ServiceProvider Services(DatabaseOptions options, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{DatabaseOptions.Section}:{nameof(DatabaseOptions.Provider)}"] = options.Provider.ToString(),
            [$"{DatabaseOptions.Section}:{nameof(DatabaseOptions.ConnectionString)}"] = options.ConnectionString,
        }.Concat(settings ?? new Dictionary<string, string?>())).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddInfrastructure(configuration);
        services.AddApplication();
        return services.BuildServiceProvider();
    }

    public static async Task<AsyncServiceScope> StaffScopeAsync(ServiceProvider services)
    {
        await using var lookup = services.CreateAsyncScope();
        var tenant = await lookup.ServiceProvider.GetRequiredService<AppDbContext>().Tenants.IgnoreQueryFilters().SingleAsync(t => t.Code == "youxi");
        return services.GetRequiredService<IServiceScopeFactory>().CreateScopeAs(CurrentUser.JobPrincipal(tenant.Id, "bench", "bench"));
    }

    public static async Task DropPostgresAsync(string server, string database)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {new NpgsqlConnectionStringBuilder(database).Database} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    public static async Task<string> CreatePostgresAsync(string server)
    {
        var name = $"rmi_bench_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString();
    }
}
