using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Npgsql;
using static SQLitePCL.raw;

namespace ResidentMedicalInsurance.Infrastructure.Persistence;

/// <summary>
/// The one place that knows how each provider reports a row refused by a unique index (ADR 0044):
/// SQLite extended code 2067 (SQLITE_CONSTRAINT_UNIQUE, of 19 SQLITE_CONSTRAINT), PostgreSQL
/// SQLSTATE 23505, SQL Server errors 2601 (unique index) and 2627 (unique constraint). A foreign key,
/// NOT NULL, CHECK or length failure is not one.
/// </summary>
public static class UniqueViolations
{
    public static bool Is(DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException e => e.SqliteErrorCode == SQLITE_CONSTRAINT && e.SqliteExtendedErrorCode == SQLITE_CONSTRAINT_UNIQUE,
        PostgresException e => e.SqlState == PostgresErrorCodes.UniqueViolation,
        SqlException e => e.Number is 2601 or 2627,
        _ => false,
    };
}
