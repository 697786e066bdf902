namespace ResidentMedicalInsurance.Application.Tests.Support;

public enum Provider
{
    Sqlite,
    PostgreSql,
}

/// <summary>
/// Providers a [Theory] runs on: SQLite always; PostgreSQL when RMI_TEST_POSTGRES names a server
/// (deploy/test.sh starts one). With RMI_REQUIRE_POSTGRES=1 a missing server fails the tests.
/// </summary>
public static class Providers
{
    public static string? PostgresConnection => Environment.GetEnvironmentVariable("RMI_TEST_POSTGRES");

    public static TheoryData<Provider> All
    {
        get
        {
            var data = new TheoryData<Provider> { Provider.Sqlite };
            if (!string.IsNullOrEmpty(PostgresConnection) || Environment.GetEnvironmentVariable("RMI_REQUIRE_POSTGRES") == "1")
            {
                data.Add(Provider.PostgreSql);
            }

            return data;
        }
    }
}
