using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Infrastructure;
using ResidentMedicalInsurance.Infrastructure.Persistence;

namespace ResidentMedicalInsurance.LoadHarness;

/// <summary>The portal's application services on a fresh database, with a user per DI scope and a fixed clock.</summary>
public static class HarnessServices
{
    public static async Task<(ServiceProvider Services, Func<Task> Cleanup)> CreateAsync(HarnessOptions options)
    {
        DatabaseOptions database;
        Func<Task> cleanup;
        if (options.Provider == "sqlite")
        {
            var file = Path.Combine(Path.GetTempPath(), $"rmi-load-{Guid.NewGuid():N}.db");
            database = new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={file};Default Timeout=120" };
            cleanup = () =>
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                foreach (var f in new[] { file, file + "-wal", file + "-shm" })
                {
                    File.Delete(f);
                }

                return Task.CompletedTask;
            };
        }
        else
        {
            var name = $"load_{Guid.NewGuid():N}";
            await Execute(options.Postgres!, $"CREATE DATABASE \"{name}\"");
            var connection = new NpgsqlConnectionStringBuilder(options.Postgres) { Database = name, MaxPoolSize = options.Clerks + 10 };
            database = new DatabaseOptions { Provider = DatabaseProvider.PostgreSql, ConnectionString = connection.ConnectionString };
            cleanup = async () =>
            {
                NpgsqlConnection.ClearAllPools();
                await Execute(options.Postgres!, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
            };
        }

        var clock = new FixedClock(new DateTimeOffset(2019, 11, 15, 10, 0, 0, TimeSpan.FromHours(8)));
        var services = new ServiceCollection().AddApplicationWith<HarnessUser>(database, clock);
        if (Environment.GetEnvironmentVariable("RMI_NO_GATE") == "1")
        {
            // Baseline for ADR 0005: SQLite without the write gate.
            services.Replace(ServiceDescriptor.Singleton(WriteGates.For(DatabaseProvider.PostgreSql)));
        }

        var provider = services.BuildServiceProvider();
        await using (var scope = provider.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.MigrateAsync();
        }

        return (provider, cleanup);
    }

    private static async Task Execute(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

public sealed class HarnessUser : ICurrentUser
{
    public string Name { get; set; } = "";
    public Guid? TenantId { get; set; }
    public string[] Roles { get; set; } = [];
    public Guid[] Townships { get; set; } = [];
    public bool IsAuthenticated => true;
    public string? UserId => Name;
    public string? UserName => Name;
    public IReadOnlyCollection<Guid> TownshipIds => Townships;
    public bool IsInRole(string role) => Roles.Contains(role);
}

public sealed class FixedClock(DateTimeOffset now) : IClock
{
    public DateTimeOffset Now => now;
    public DateOnly Today => DateOnly.FromDateTime(now.DateTime);
}
