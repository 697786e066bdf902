using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ResidentMedicalInsurance.Migrations.Sqlite
{
    /// <summary>The audit table refuses UPDATE and DELETE (BEFORE triggers raising ABORT). A table rebuild of AuditEntries drops them: re-create them in that migration.</summary>
    public partial class AuditAppendOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TRIGGER "TR_AuditEntries_NoUpdate" BEFORE UPDATE ON "AuditEntries"
                BEGIN SELECT RAISE(ABORT, 'AuditEntries is append-only: audit rows are never updated or deleted'); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "TR_AuditEntries_NoDelete" BEFORE DELETE ON "AuditEntries"
                BEGIN SELECT RAISE(ABORT, 'AuditEntries is append-only: audit rows are never updated or deleted'); END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "TR_AuditEntries_NoUpdate";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "TR_AuditEntries_NoDelete";""");
        }
    }
}
