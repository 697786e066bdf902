using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ResidentMedicalInsurance.Migrations.SqlServer
{
    /// <summary>The audit table refuses UPDATE and DELETE (an INSTEAD OF trigger that throws). SQL Server has no TRUNCATE trigger: TRUNCATE needs ALTER on the table, which the portal's login should not hold.</summary>
    public partial class AuditAppendOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // CREATE TRIGGER must be alone in its batch; the idempotent script wraps each statement in IF ... BEGIN ... END.
            migrationBuilder.Sql("""
                EXEC(N'CREATE TRIGGER [TR_AuditEntries_AppendOnly] ON [AuditEntries] INSTEAD OF UPDATE, DELETE AS
                BEGIN
                    SET NOCOUNT ON;
                    THROW 51000, N''AuditEntries is append-only: audit rows are never updated or deleted'', 1;
                END');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS [TR_AuditEntries_AppendOnly];");
        }
    }
}
