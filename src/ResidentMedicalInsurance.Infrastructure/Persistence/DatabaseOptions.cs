namespace ResidentMedicalInsurance.Infrastructure.Persistence;

/// <summary>Configuration section <c>Database</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary><c>Sqlite</c> (embedded default), <c>PostgreSql</c> or <c>SqlServer</c>.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Connection string; for SQLite the default is a file under <c>data/</c>.</summary>
    public string ConnectionString { get; set; } = "Data Source=data/rmi.db";

    /// <summary>
    /// Apply migrations and reference data when a host starts. Unset: yes for SQLite (the embedded
    /// default), no for the servers (run <c>rmi migrate</c>; start-up then refuses a database that lags behind).
    /// </summary>
    public bool? MigrateAtStartup { get; set; }
}

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
    SqlServer,
}
