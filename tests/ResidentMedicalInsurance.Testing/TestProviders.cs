using ResidentMedicalInsurance.Infrastructure.Persistence;
using Xunit;

namespace ResidentMedicalInsurance.Testing;

/// <summary>
/// The database providers a test runs on: SQLite always; PostgreSQL when <see cref="PostgresVariable"/>
/// holds a connection string to a server where the user may CREATE DATABASE. With
/// <see cref="RequirePostgresVariable"/>=1 and no server, every provider theory fails instead of
/// silently skipping PostgreSQL.
/// </summary>
public static class TestProviders
{
    public const string PostgresVariable = "RMI_TEST_POSTGRES";
    public const string RequirePostgresVariable = "RMI_REQUIRE_POSTGRES";

    /// <summary>The server connection string, or null when PostgreSQL tests are off.</summary>
    public static string? PostgresServer =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } cs ? cs : null;

    public static IReadOnlyList<DatabaseProvider> Available
    {
        get
        {
            if (PostgresServer is not null)
            {
                return [DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql];
            }

            if (Environment.GetEnvironmentVariable(RequirePostgresVariable) == "1")
            {
                throw new InvalidOperationException(
                    $"{RequirePostgresVariable}=1 but {PostgresVariable} is not set: give a PostgreSQL connection string " +
                    "(a user that may CREATE DATABASE), e.g. Host=127.0.0.1;Port=55432;Username=rmi;Database=postgres.");
            }

            return [DatabaseProvider.Sqlite];
        }
    }

    /// <summary>For <c>[Theory, MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]</c>.</summary>
    public static TheoryData<DatabaseProvider> All => new(Available);
}
