using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using ResidentMedicalInsurance.Infrastructure.Persistence;

namespace ResidentMedicalInsurance.Infrastructure.Migrations;

/// <summary>
/// The township clerk workflow: households, residents, subsidy certifications, enrolments, payments,
/// refunds and the audit log. Hand-written like the initial migration (column types left to the
/// provider). The unique indexes on payments carry the idempotency rules (docs/decisions/0031).
/// </summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261122000002_ClerkWorkflow")]
public sealed class ClerkWorkflow : Migration
{
    private static readonly string[] Tables =
        ["Refunds", "Payments", "SubsidyCertifications", "Enrollments", "Residents", "Households", "AuditEntries"];

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "AuditEntries",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: false),
                At = table.Column<DateTimeOffset>(nullable: false),
                UserId = table.Column<string>(maxLength: 450, nullable: true),
                UserName = table.Column<string>(maxLength: 256, nullable: false),
                Action = table.Column<string>(maxLength: 64, nullable: false),
                EntityType = table.Column<string>(maxLength: 64, nullable: false),
                EntityId = table.Column<Guid>(nullable: false),
                HouseholdId = table.Column<Guid>(nullable: true),
                Operation = table.Column<int>(nullable: false),
                Before = table.Column<string>(nullable: true),
                After = table.Column<string>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_AuditEntries", x => x.Id));

        migrationBuilder.CreateTable(
            name: "Households",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: false),
                TownshipId = table.Column<Guid>(nullable: false),
                Village = table.Column<string>(maxLength: 64, nullable: false),
                Number = table.Column<string>(maxLength: 32, nullable: false),
                Address = table.Column<string>(maxLength: 200, nullable: false),
                HeadResidentId = table.Column<Guid>(nullable: true),
                CreatedAt = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Households", x => x.Id);
                table.ForeignKey("FK_Households_Townships_TownshipId", x => x.TownshipId, "Townships", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "Residents",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: false),
                HouseholdId = table.Column<Guid>(nullable: false),
                TownshipId = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 50, nullable: false),
                IdNumber = table.Column<string>(maxLength: 18, nullable: false),
                BirthDate = table.Column<DateOnly>(nullable: false),
                Sex = table.Column<int>(nullable: false),
                Relationship = table.Column<int>(nullable: false),
                OtherDocument = table.Column<int>(nullable: false),
                OtherDocumentNumber = table.Column<string>(maxLength: 32, nullable: true),
                Hukou = table.Column<int>(nullable: false),
                Student = table.Column<int>(nullable: false),
                EmployeeInsurance = table.Column<bool>(nullable: false),
                Phone = table.Column<string>(maxLength: 20, nullable: true),
                CreatedAt = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Residents", x => x.Id);
                table.ForeignKey("FK_Residents_Households_HouseholdId", x => x.HouseholdId, "Households", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_Residents_Townships_TownshipId", x => x.TownshipId, "Townships", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "Enrollments",
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
                StandardFeeFen = table.Column<long>(nullable: false),
                SubsidyFen = table.Column<long>(nullable: false),
                SubsidyCode = table.Column<string>(maxLength: 32, nullable: true),
                AmountDueFen = table.Column<long>(nullable: false),
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

        migrationBuilder.CreateTable(
            name: "SubsidyCertifications",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: false),
                ResidentId = table.Column<Guid>(nullable: false),
                HouseholdId = table.Column<Guid>(nullable: false),
                Code = table.Column<string>(maxLength: 32, nullable: false),
                CertifiedOn = table.Column<DateOnly>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SubsidyCertifications", x => x.Id);
                table.ForeignKey("FK_SubsidyCertifications_Residents_ResidentId", x => x.ResidentId, "Residents", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "Payments",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: false),
                EnrollmentId = table.Column<Guid>(nullable: false),
                ResidentId = table.Column<Guid>(nullable: false),
                HouseholdId = table.Column<Guid>(nullable: false),
                TownshipId = table.Column<Guid>(nullable: false),
                Channel = table.Column<string>(maxLength: 32, nullable: false),
                Voucher = table.Column<string>(maxLength: 64, nullable: false),
                AmountFen = table.Column<long>(nullable: false),
                StandardFeeFen = table.Column<long>(nullable: false),
                SubsidyFen = table.Column<long>(nullable: false),
                SubsidyCode = table.Column<string>(maxLength: 32, nullable: true),
                PaidAt = table.Column<DateTimeOffset>(nullable: false),
                RecordedAt = table.Column<DateTimeOffset>(nullable: false),
                RecordedBy = table.Column<string>(maxLength: 256, nullable: false),
                BenefitStart = table.Column<DateOnly>(nullable: false),
                BenefitEnd = table.Column<DateOnly>(nullable: false),
                Basis = table.Column<string>(maxLength: 2000, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Payments", x => x.Id);
                table.ForeignKey("FK_Payments_Enrollments_EnrollmentId", x => x.EnrollmentId, "Enrollments", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "Refunds",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: false),
                EnrollmentId = table.Column<Guid>(nullable: false),
                PaymentId = table.Column<Guid>(nullable: false),
                ResidentId = table.Column<Guid>(nullable: false),
                HouseholdId = table.Column<Guid>(nullable: false),
                TownshipId = table.Column<Guid>(nullable: false),
                Reason = table.Column<int>(nullable: false),
                EventDate = table.Column<DateOnly>(nullable: false),
                BenefitsUsed = table.Column<bool>(nullable: false),
                Note = table.Column<string>(maxLength: 500, nullable: true),
                AmountFen = table.Column<long>(nullable: false),
                EndsEnrollment = table.Column<bool>(nullable: false),
                Basis = table.Column<string>(maxLength: 2000, nullable: false),
                Status = table.Column<int>(nullable: false),
                RequestedAt = table.Column<DateTimeOffset>(nullable: false),
                RequestedBy = table.Column<string>(maxLength: 256, nullable: false),
                DecidedAt = table.Column<DateTimeOffset>(nullable: true),
                DecidedBy = table.Column<string>(maxLength: 256, nullable: true),
                DecisionNote = table.Column<string>(maxLength: 500, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Refunds", x => x.Id);
                table.ForeignKey("FK_Refunds_Enrollments_EnrollmentId", x => x.EnrollmentId, "Enrollments", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_Refunds_Payments_PaymentId", x => x.PaymentId, "Payments", "Id", onDelete: ReferentialAction.Restrict);
            });

        Index(migrationBuilder, "AuditEntries", ["TenantId"]);
        Index(migrationBuilder, "AuditEntries", ["TenantId", "EntityId"]);
        Index(migrationBuilder, "AuditEntries", ["TenantId", "HouseholdId"]);
        Index(migrationBuilder, "Households", ["TenantId"]);
        Index(migrationBuilder, "Households", ["TenantId", "Number"], unique: true);
        Index(migrationBuilder, "Households", ["TownshipId", "Village"]);
        Index(migrationBuilder, "Residents", ["HouseholdId"]);
        Index(migrationBuilder, "Residents", ["TenantId"]);
        Index(migrationBuilder, "Residents", ["TenantId", "IdNumber"], unique: true);
        Index(migrationBuilder, "Residents", ["TenantId", "Name"]);
        Index(migrationBuilder, "Residents", ["TenantId", "Phone"]);
        Index(migrationBuilder, "Residents", ["TownshipId"]);
        Index(migrationBuilder, "Enrollments", ["HouseholdId"]);
        Index(migrationBuilder, "Enrollments", ["ResidentId"]);
        Index(migrationBuilder, "Enrollments", ["TenantId"]);
        Index(migrationBuilder, "Enrollments", ["TenantId", "ResidentId", "Year"], unique: true);
        Index(migrationBuilder, "Enrollments", ["TownshipId", "Year", "Status"]);
        Index(migrationBuilder, "SubsidyCertifications", ["ResidentId", "Code"], unique: true);
        Index(migrationBuilder, "SubsidyCertifications", ["TenantId"]);
        Index(migrationBuilder, "Payments", ["EnrollmentId"], unique: true);
        Index(migrationBuilder, "Payments", ["HouseholdId"]);
        Index(migrationBuilder, "Payments", ["TenantId"]);
        Index(migrationBuilder, "Payments", ["TenantId", "Channel", "Voucher"], unique: true);
        Index(migrationBuilder, "Refunds", ["EnrollmentId"]);
        Index(migrationBuilder, "Refunds", ["PaymentId"]);
        Index(migrationBuilder, "Refunds", ["TenantId"]);
        Index(migrationBuilder, "Refunds", ["TenantId", "Status"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in Tables)
        {
            migrationBuilder.DropTable(table);
        }
    }

    private static void Index(MigrationBuilder migrationBuilder, string table, string[] columns, bool unique = false) =>
        migrationBuilder.CreateIndex($"IX_{table}_{string.Join("_", columns)}", table, columns, unique: unique);
}
