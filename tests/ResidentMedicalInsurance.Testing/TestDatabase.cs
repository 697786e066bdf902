using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ResidentMedicalInsurance.Infrastructure.Demo;
using ResidentMedicalInsurance.Infrastructure.Persistence;

namespace ResidentMedicalInsurance.Testing;

/// <summary>
/// A fresh, empty, real database for one test: SQLite = a new temp file; PostgreSQL = a new database
/// with a random name on the <see cref="TestProviders.PostgresServer"/>. Dropped or deleted on dispose.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly List<TestServices> services = [];
    private string? postgresName;

    private TestDatabase(DatabaseOptions options) => Options = options;

    public DatabaseOptions Options { get; }

    public DatabaseProvider Provider => Options.Provider;

    public string ConnectionString => Options.ConnectionString;

    /// <summary>An empty database (no schema).</summary>
    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider, CancellationToken cancellationToken = default)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var folder = Path.Combine(Path.GetTempPath(), "rmi-tests");
            Directory.CreateDirectory(folder);
            var file = Path.Combine(folder, $"{Guid.NewGuid():N}.db");
            return new TestDatabase(new DatabaseOptions { Provider = provider, ConnectionString = $"Data Source={file}" });
        }

        var server = TestProviders.PostgresServer
            ?? throw new InvalidOperationException($"PostgreSQL test asked for, but {TestProviders.PostgresVariable} is not set.");
        var name = $"rmi_test_{Guid.NewGuid():N}"[..30];
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
        return new TestDatabase(new DatabaseOptions { Provider = provider, ConnectionString = builder.ConnectionString })
        {
            postgresName = name,
        };
    }

    /// <summary>A database migrated like <c>rmi migrate</c>: schema, WAL on SQLite, roles, tenants, townships.</summary>
    public static async Task<TestDatabase> CreateMigratedAsync(DatabaseProvider provider, CancellationToken cancellationToken = default)
    {
        var database = await CreateAsync(provider, cancellationToken).ConfigureAwait(false);
        await database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        return database;
    }

    /// <summary>A migrated database plus the demo accounts (<c>&lt;code&gt;-clerk</c> ... , password DemoUsers.Password) and demo plans.</summary>
    public static async Task<TestDatabase> CreateDemoAsync(DatabaseProvider provider, CancellationToken cancellationToken = default)
    {
        var database = await CreateMigratedAsync(provider, cancellationToken).ConfigureAwait(false);
        await database.Services.Provider.GetRequiredService<DemoSeeder>().SeedAsync(cancellationToken).ConfigureAwait(false);
        return database;
    }

    /// <summary>Services over this database, built once (see <see cref="BuildServices"/>).</summary>
    public TestServices Services => services.Count > 0 ? services[0] : BuildServices();

    /// <summary>
    /// A new service provider over this database: AddInfrastructure, AddPortalIdentityCore, data-protection keys in
    /// the database, silent logging; <paramref name="configure"/> adds more (e.g. AddApplication) or replaces services.
    /// Disposed with the database.
    /// </summary>
    public TestServices BuildServices(Action<IServiceCollection>? configure = null)
    {
        var built = TestServices.Build(Options, configure);
        services.Add(built);
        return built;
    }

    /// <summary>Applies the migrations and the reference data (DatabaseInitializer.MigrateAsync).</summary>
    public Task MigrateAsync(CancellationToken cancellationToken = default) =>
        Services.Provider.GetRequiredService<DatabaseInitializer>().MigrateAsync(cancellationToken);

    /// <summary>Adds missing roles, tenants and townships (already part of <see cref="MigrateAsync"/>).</summary>
    public Task SeedReferenceDataAsync(CancellationToken cancellationToken = default) =>
        Services.Provider.GetRequiredService<DatabaseInitializer>().SeedReferenceDataAsync(cancellationToken);

    /// <summary>Creates the schema straight from the model (no migrations): the drift test's reference.</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = Services.Provider.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var built in services)
        {
            await built.DisposeAsync().ConfigureAwait(false);
        }

        if (Provider == DatabaseProvider.Sqlite)
        {
            using (var connection = new SqliteConnection(ConnectionString))
            {
                SqliteConnection.ClearPool(connection);
            }

            var file = new SqliteConnectionStringBuilder(ConnectionString).DataSource;
            foreach (var path in new[] { file, file + "-wal", file + "-shm" })
            {
                File.Delete(path);
            }

            return;
        }

        using (var connection = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        await using var server = new NpgsqlConnection(TestProviders.PostgresServer);
        await server.OpenAsync().ConfigureAwait(false);
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{postgresName}\" WITH (FORCE)", server);
        await drop.ExecuteNonQueryAsync().ConfigureAwait(false);
    }
}
