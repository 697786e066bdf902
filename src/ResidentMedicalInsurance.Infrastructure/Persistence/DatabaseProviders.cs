namespace ResidentMedicalInsurance.Infrastructure.Persistence;

/// <summary>
/// The one place that knows the three providers: how each is configured and which assembly holds its
/// generated migrations (one project per provider, docs/decisions/0020-generated-migrations-per-provider.md).
/// The hosts reference all three migrations projects so that EF finds them next to this assembly.
/// </summary>
public static class DatabaseProviders
{
    public const string SqliteMigrations = "ResidentMedicalInsurance.Migrations.Sqlite";
    public const string PostgreSqlMigrations = "ResidentMedicalInsurance.Migrations.PostgreSql";
    public const string SqlServerMigrations = "ResidentMedicalInsurance.Migrations.SqlServer";

    public static void Configure(DbContextOptionsBuilder builder, DatabaseOptions options)
    {
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                builder.UseSqlite(options.ConnectionString, o => o.MigrationsAssembly(SqliteMigrations));
                break;
            case DatabaseProvider.PostgreSql:
                builder.UseNpgsql(options.ConnectionString, o => o.MigrationsAssembly(PostgreSqlMigrations));
                break;
            case DatabaseProvider.SqlServer:
                builder.UseSqlServer(options.ConnectionString, o => o.MigrationsAssembly(SqlServerMigrations));
                break;
            default:
                throw new InvalidOperationException($"Unknown database provider {options.Provider}.");
        }
    }
}
