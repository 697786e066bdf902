using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Infrastructure.Persistence.Configurations;

namespace ResidentMedicalInsurance.Infrastructure.Migrations;

/// <summary>
/// Re-enrolment after a refund that ended the enrolment (docs/decisions/0041): the one-enrolment-per-year
/// index covers live enrolments only; the enrolment's fee quote is null when a payment on the enrolment
/// date would not have been taken. SQLite cannot make a column nullable in place and EF's automatic
/// rebuild needs a model snapshot (none here, ADR 0020), so on SQLite the table is rebuilt by hand the
/// way EF does it (foreign keys off, copy, drop, rename, indexes).
/// </summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261122000003_ReenrolAfterRefund")]
public sealed class ReenrolAfterRefund : Migration
{
    private const string Table = "Enrollments";
    private const string Temp = "ef_temp_Enrollments";
    private const string YearIndex = "IX_Enrollments_TenantId_ResidentId_Year";
    private static readonly string[] YearColumns = ["TenantId", "ResidentId", "Year"];
    private static readonly string[] FeeColumns = ["StandardFeeFen", "SubsidyFen", "AmountDueFen"];

    private static readonly string[] Columns =
    [
        "Id", "TenantId", "ResidentId", "HouseholdId", "TownshipId", "Year", "ProfileId", "Status", "StandardFeeFen",
        "SubsidyFen", "SubsidyCode", "AmountDueFen", "Basis", "EnrolledAt", "Renewed", "BenefitStart", "BenefitEnd",
        "PaidAt", "EndedAt", "Version", "Circumstances_CollegeFreshman", "Circumstances_ContinuousPriorYears",
        "Circumstances_DischargedSoldier", "Circumstances_EmployeeInsuranceEndedOn", "Circumstances_LostContact",
        "Circumstances_MedicalAssistance", "Circumstances_MigrantWorker", "Circumstances_PovertyConfirmedOn",
        "Circumstances_ReleasedPrisoner", "Circumstances_ReturningGraduate",
    ];

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        if (migrationBuilder.IsSqlite())
        {
            RebuildOnSqlite(migrationBuilder, feesNullable: true);
            return;
        }

        migrationBuilder.DropIndex(YearIndex, Table);
        migrationBuilder.CreateIndex(YearIndex, Table, YearColumns, unique: true, filter: EnrollmentConfiguration.LiveFilterSql);
        foreach (var column in FeeColumns)
        {
            migrationBuilder.AlterColumn<long>(column, Table, nullable: true, oldClrType: typeof(long), oldNullable: false);
        }
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        if (migrationBuilder.IsSqlite())
        {
            RebuildOnSqlite(migrationBuilder, feesNullable: false);
            return;
        }

        foreach (var column in FeeColumns)
        {
            migrationBuilder.Sql($"""UPDATE "{Table}" SET "{column}" = 0 WHERE "{column}" IS NULL""");
            migrationBuilder.AlterColumn<long>(column, Table, nullable: false, oldClrType: typeof(long), oldNullable: true);
        }

        migrationBuilder.DropIndex(YearIndex, Table);
        migrationBuilder.CreateIndex(YearIndex, Table, YearColumns, unique: true);
    }

    /// <summary>The Enrollments table of 20261122000002 with the fee columns nullable or not, and its indexes.</summary>
    private static void RebuildOnSqlite(MigrationBuilder migrationBuilder, bool feesNullable)
    {
        migrationBuilder.Sql("PRAGMA foreign_keys = 0;", suppressTransaction: true);
        migrationBuilder.CreateTable(
            name: Temp,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: false),
                ResidentId = table.Column<Guid>(nullable: false),
                HouseholdId = table.Column<Guid>(nullable: false),
                TownshipId = table.Column<Guid>(nullable: false),
                Year = table.Column<int>(nullable: false),
                ProfileId = table.Column<string>(maxLength: 64, nullable: false),
                Status = table.Column<int>(nullable: false),
                StandardFeeFen = table.Column<long>(nullable: feesNullable),
                SubsidyFen = table.Column<long>(nullable: feesNullable),
                SubsidyCode = table.Column<string>(maxLength: 32, nullable: true),
                AmountDueFen = table.Column<long>(nullable: feesNullable),
                Basis = table.Column<string>(maxLength: 2000, nullable: false),
                EnrolledAt = table.Column<DateTimeOffset>(nullable: false),
                Renewed = table.Column<bool>(nullable: false),
                BenefitStart = table.Column<DateOnly>(nullable: true),
                BenefitEnd = table.Column<DateOnly>(nullable: true),
                PaidAt = table.Column<DateTimeOffset>(nullable: true),
                EndedAt = table.Column<DateTimeOffset>(nullable: true),
                Version = table.Column<int>(nullable: false),
                Circumstances_CollegeFreshman = table.Column<bool>(nullable: false),
                Circumstances_ContinuousPriorYears = table.Column<int>(nullable: false),
                Circumstances_DischargedSoldier = table.Column<bool>(nullable: false),
                Circumstances_EmployeeInsuranceEndedOn = table.Column<DateOnly>(nullable: true),
                Circumstances_LostContact = table.Column<bool>(nullable: false),
                Circumstances_MedicalAssistance = table.Column<bool>(nullable: false),
                Circumstances_MigrantWorker = table.Column<bool>(nullable: false),
                Circumstances_PovertyConfirmedOn = table.Column<DateOnly>(nullable: true),
                Circumstances_ReleasedPrisoner = table.Column<bool>(nullable: false),
                Circumstances_ReturningGraduate = table.Column<bool>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Enrollments", x => x.Id);
                table.ForeignKey("FK_Enrollments_Residents_ResidentId", x => x.ResidentId, "Residents", "Id", onDelete: ReferentialAction.Restrict);
            });

        var list = string.Join(", ", Columns.Select(c => $"\"{c}\""));
        var select = feesNullable ? list : string.Join(", ", Columns.Select(c => FeeColumns.Contains(c) ? $"COALESCE(\"{c}\", 0)" : $"\"{c}\""));
        migrationBuilder.Sql($"""INSERT INTO "{Temp}" ({list}) SELECT {select} FROM "{Table}";""");
        migrationBuilder.DropTable(Table);
        migrationBuilder.RenameTable(Temp, newName: Table);
        migrationBuilder.CreateIndex("IX_Enrollments_HouseholdId", Table, "HouseholdId");
        migrationBuilder.CreateIndex("IX_Enrollments_ResidentId", Table, "ResidentId");
        migrationBuilder.CreateIndex("IX_Enrollments_TenantId", Table, "TenantId");
        migrationBuilder.CreateIndex(YearIndex, Table, YearColumns, unique: true, filter: feesNullable ? EnrollmentConfiguration.LiveFilterSql : null);
        migrationBuilder.CreateIndex("IX_Enrollments_TownshipId_Year_Status", Table, ["TownshipId", "Year", "Status"]);
        migrationBuilder.Sql("PRAGMA foreign_keys = 1;", suppressTransaction: true);
    }
}
