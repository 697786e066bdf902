using System.Reflection;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using ResidentMedicalInsurance.Infrastructure.Persistence;

namespace ResidentMedicalInsurance.Infrastructure.Tests;

/// <summary>ADR 0044: which provider errors count as a unique violation (the rest are not a race).</summary>
public sealed class UniqueViolationsTests
{
    [Theory]
    [InlineData(19, 2067, true)] // SQLITE_CONSTRAINT_UNIQUE
    [InlineData(19, 787, false)] // SQLITE_CONSTRAINT_FOREIGNKEY
    [InlineData(19, 1299, false)] // SQLITE_CONSTRAINT_NOTNULL
    [InlineData(19, 275, false)] // SQLITE_CONSTRAINT_CHECK
    [InlineData(5, 5, false)] // SQLITE_BUSY
    public void Sqlite(int code, int extendedCode, bool unique) =>
        Assert.Equal(unique, UniqueViolations.Is(Failed(new SqliteException("refused", code, extendedCode))));

    [Theory]
    [InlineData(PostgresErrorCodes.UniqueViolation, true)]
    [InlineData(PostgresErrorCodes.ForeignKeyViolation, false)]
    [InlineData(PostgresErrorCodes.StringDataRightTruncation, false)]
    [InlineData(PostgresErrorCodes.NotNullViolation, false)]
    public void PostgreSql(string sqlState, bool unique) =>
        Assert.Equal(unique, UniqueViolations.Is(Failed(new PostgresException("refused", "ERROR", "ERROR", sqlState))));

    /// <summary>SqlException has no public constructor: built by private reflection, as EF Core's own tests do.</summary>
    [Theory]
    [InlineData(2601, true)] // duplicate key row in a unique index
    [InlineData(2627, true)] // violation of a UNIQUE KEY or PRIMARY KEY constraint
    [InlineData(547, false)] // foreign key or CHECK constraint
    [InlineData(2628, false)] // string or binary data would be truncated
    [InlineData(1205, false)] // deadlock victim
    public void SqlServer(int number, bool unique) =>
        Assert.Equal(unique, UniqueViolations.Is(Failed(SqlServerError(number))));

    [Fact]
    public void A_failure_without_a_provider_error_is_not_one() =>
        Assert.False(UniqueViolations.Is(new DbUpdateException("refused", new InvalidOperationException())));

    private static DbUpdateException Failed(Exception inner) => new("An error occurred while saving the entity changes.", inner);

    private static SqlException SqlServerError(int number)
    {
        const BindingFlags Internal = BindingFlags.NonPublic | BindingFlags.Instance;
        var errorConstructor = typeof(SqlError).GetConstructors(Internal)
            .Where(c => c.GetParameters() is [{ ParameterType: var first }, ..] && first == typeof(int))
            .OrderBy(c => c.GetParameters().Length)
            .First();
        var error = errorConstructor.Invoke(errorConstructor.GetParameters().Select(p => Argument(p, number)).ToArray());
        var errors = (SqlErrorCollection)typeof(SqlErrorCollection).GetConstructors(Internal).Single().Invoke(null);
        typeof(SqlErrorCollection).GetMethod("Add", Internal)!.Invoke(errors, [error]);
        var create = typeof(SqlException).GetMethod("CreateException", BindingFlags.NonPublic | BindingFlags.Static, [typeof(SqlErrorCollection), typeof(string)])!;
        return (SqlException)create.Invoke(null, [errors, "16.0"])!;
    }

    private static object? Argument(ParameterInfo parameter, int number) => parameter.Position == 0
        ? number
        : parameter.ParameterType == typeof(string) ? "x"
        : parameter.ParameterType.IsValueType ? Activator.CreateInstance(parameter.ParameterType)
        : null;
}
