using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using ResidentMedicalInsurance.Application.Security;
using ResidentMedicalInsurance.Domain.Auditing;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Testing;

namespace ResidentMedicalInsurance.Infrastructure.Tests;

/// <summary>The migrated audit table takes inserts and refuses UPDATE and DELETE (TRUNCATE too on PostgreSQL) at the database level.</summary>
public sealed class AuditAppendOnlyTests
{
    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Audit_rows_can_be_added_but_never_changed_or_deleted(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var youxi = await database.Services.TenantAsync("youxi");
        var id = Guid.CreateVersion7();
        await using (var scope = database.Services.ScopeAs(youxi.Id, Roles.CountyStaff))
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.AuditEntries.Add(new AuditEntry
            {
                Id = id, TenantId = youxi.Id, At = DateTimeOffset.UtcNow, UserName = "county-youxi", Action = "RevealIdNumber",
                EntityType = "Resident", EntityId = Guid.CreateVersion7(), Operation = AuditOperation.Revealed, After = """{"Purpose":"Refund"}""",
            });
            await db.SaveChangesAsync();
        }

        await using (var scope = database.Services.ScopeAs(youxi.Id, Roles.CountyStaff))
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var entry = await db.AuditEntries.SingleAsync(a => a.Id == id);
            entry.UserName = "someone-else";
            await Assert.ThrowsAnyAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        await RefusedAsync(database, youxi.Id, db => db.AuditEntries.Where(a => a.Id == id).ExecuteUpdateAsync(s => s.SetProperty(a => a.After, "{}")));
        await RefusedAsync(database, youxi.Id, db => db.AuditEntries.Where(a => a.Id == id).ExecuteDeleteAsync());
        await RefusedAsync(database, youxi.Id, db => db.Database.ExecuteSqlRawAsync("""DELETE FROM "AuditEntries" """));
        if (provider == DatabaseProvider.PostgreSql)
        {
            await RefusedAsync(database, youxi.Id, db => db.Database.ExecuteSqlRawAsync("""TRUNCATE "AuditEntries" """));
        }

        await using (var scope = database.Services.ScopeAs(youxi.Id, Roles.CountyStaff))
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var stored = await db.AuditEntries.AsNoTracking().SingleAsync(a => a.Id == id);
            Assert.Equal(("county-youxi", """{"Purpose":"Refund"}"""), (stored.UserName, stored.After));
        }
    }

    [Fact]
    public void The_SQL_Server_trigger_inside_its_EXEC_parses_as_T_SQL()
    {
        using var db = DesignTimeContext.Create(DatabaseProvider.SqlServer);
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        var exec = Regex.Match(script, @"EXEC\(N'(CREATE TRIGGER \[TR_AuditEntries_AppendOnly\].*?)'\);", RegexOptions.Singleline);
        Assert.True(exec.Success, "The idempotent script has no CREATE TRIGGER for AuditEntries.");
        new TSql160Parser(initialQuotedIdentifiers: true).Parse(new StringReader(exec.Groups[1].Value.Replace("''", "'", StringComparison.Ordinal)), out var errors);
        Assert.Empty(errors.Select(e => $"{e.Line}:{e.Column} {e.Message}"));
    }

    /// <summary>The statement, run as a user of the row's tenant (so the filter leaves the row in), fails with the trigger's message.</summary>
    private static async Task RefusedAsync(TestDatabase database, Guid tenantId, Func<AppDbContext, Task> statement)
    {
        await using var scope = database.Services.ScopeAs(tenantId, Roles.CountyStaff);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var refused = await Assert.ThrowsAnyAsync<Exception>(() => statement(db));
        Assert.Contains("AuditEntries is append-only", refused.ToString(), StringComparison.Ordinal);
    }
}
