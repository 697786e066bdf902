using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ResidentMedicalInsurance.Infrastructure.Demo;
using ResidentMedicalInsurance.Infrastructure.Persistence;

namespace ResidentMedicalInsurance.Testing;

/// <summary>
/// A fresh, empty, real database for one test: SQLite = a new temp file; PostgreSQL and SQL Server = a new
/// database with a random name on <see cref="TestProviders.PostgresServer"/> or
/// <see cref="TestProviders.SqlServerServer"/>. Dropped or deleted on dispose.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly List<TestServices> services = [];
    private string? serverDatabaseName;

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

        var name = $"rmi_test_{Guid.NewGuid():N}"[..30];
        if (provider == DatabaseProvider.SqlServer)
        {
            var sqlServer = TestProviders.SqlServerServer
                ?? throw new InvalidOperationException($"SQL Server test asked for, but {TestProviders.SqlServerVariable} is not set.");
            await ExecuteOnServerAsync(new SqlConnection(sqlServer), $"CREATE DATABASE [{name}]", cancellationToken).ConfigureAwait(false);
            var sqlBuilder = new SqlConnectionStringBuilder(sqlServer) { InitialCatalog = name };
            return new TestDatabase(new DatabaseOptions { Provider = provider, ConnectionString = sqlBuilder.ConnectionString })
            {
                serverDatabaseName = name,
            };
        }

        var server = TestProviders.PostgresServer
            ?? throw new InvalidOperationException($"PostgreSQL test asked for, but {TestProviders.PostgresVariable} is not set.");
        await ExecuteOnServerAsync(new NpgsqlConnection(server), $"CREATE DATABASE \"{name}\"", cancellationToken).ConfigureAwait(false);
        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
        return new TestDatabase(new DatabaseOptions { Provider = provider, ConnectionString = builder.ConnectionString })
        {
            serverDatabaseName = name,
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
    /// A new service provider over this database: AddInfrastructure (identity core and the key ring in
    /// the database), silent logging; <paramref name="configure"/> adds more (e.g. AddApplication) or replaces services;
    /// <paramref name="settings"/> adds configuration. Disposed with the database.
    /// </summary>
    public TestServices BuildServices(Action<IServiceCollection>? configure = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var built = TestServices.Build(Options, configure, settings);
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

        if (Provider == DatabaseProvider.SqlServer)
        {
            using (var connection = new SqlConnection(ConnectionString))
            {
                SqlConnection.ClearPool(connection);
            }

            await ExecuteOnServerAsync(new SqlConnection(TestProviders.SqlServerServer),
                $"IF DB_ID('{serverDatabaseName}') IS NOT NULL BEGIN ALTER DATABASE [{serverDatabaseName}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{serverDatabaseName}]; END",
                CancellationToken.None).ConfigureAwait(false);
            return;
        }

        using (var connection = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        await ExecuteOnServerAsync(new NpgsqlConnection(TestProviders.PostgresServer),
            $"DROP DATABASE IF EXISTS \"{serverDatabaseName}\" WITH (FORCE)", CancellationToken.None).ConfigureAwait(false);
    }

    /// <summary>Runs one statement on the server's maintenance connection (CREATE or DROP DATABASE).</summary>
    private static async Task ExecuteOnServerAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using (connection)
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
