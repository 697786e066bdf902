using ResidentMedicalInsurance.Infrastructure.Persistence;
using Xunit;

namespace ResidentMedicalInsurance.Testing;

/// <summary>
/// The database providers a test runs on: SQLite always; PostgreSQL when <see cref="PostgresVariable"/>
/// holds a connection string to a server where the user may CREATE DATABASE; SQL Server likewise with
/// <see cref="SqlServerVariable"/>. With <see cref="RequirePostgresVariable"/>=1 and no server, every
/// provider theory fails instead of silently skipping PostgreSQL. Without a SQL Server the tests marked
/// <see cref="SqlServerFactAttribute"/> show as skipped with the reason.
/// </summary>
public static class TestProviders
{
    public const string PostgresVariable = "RMI_TEST_POSTGRES";
    public const string RequirePostgresVariable = "RMI_REQUIRE_POSTGRES";
    public const string SqlServerVariable = "RMI_TEST_SQLSERVER";

    public const string SqlServerSkipReason =
        $"SQL Server skipped: {SqlServerVariable} is not set (no SQL Server can run on this machine). Set it to a " +
        "connection string of a login that may CREATE DATABASE, e.g. Server=127.0.0.1,1433;User ID=sa;Password=...;TrustServerCertificate=true, " +
        "and every database test runs on SQL Server too.";

    /// <summary>The server connection string, or null when PostgreSQL tests are off.</summary>
    public static string? PostgresServer =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } cs ? cs : null;

    /// <summary>The SQL Server connection string, or null when SQL Server tests are off.</summary>
    public static string? SqlServerServer =>
        Environment.GetEnvironmentVariable(SqlServerVariable) is { Length: > 0 } cs ? cs : null;

    public static IReadOnlyList<DatabaseProvider> Available
    {
        get
        {
            List<DatabaseProvider> providers = [DatabaseProvider.Sqlite];
            if (PostgresServer is not null)
            {
                providers.Add(DatabaseProvider.PostgreSql);
            }
            else if (Environment.GetEnvironmentVariable(RequirePostgresVariable) == "1")
            {
                throw new InvalidOperationException(
                    $"{RequirePostgresVariable}=1 but {PostgresVariable} is not set: give a PostgreSQL connection string " +
                    "(a user that may CREATE DATABASE), e.g. Host=127.0.0.1;Port=55432;Username=rmi;Database=postgres.");
            }

            if (SqlServerServer is not null)
            {
                providers.Add(DatabaseProvider.SqlServer);
            }

            return providers;
        }
    }

    /// <summary>For <c>[Theory, MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]</c>.</summary>
    public static TheoryData<DatabaseProvider> All => new(Available);
}

/// <summary>A fact that needs a SQL Server: skipped, with <see cref="TestProviders.SqlServerSkipReason"/>, when none is configured.</summary>
public sealed class SqlServerFactAttribute : FactAttribute
{
    public SqlServerFactAttribute()
    {
        if (TestProviders.SqlServerServer is null)
        {
            Skip = TestProviders.SqlServerSkipReason;
        }
    }
}
