using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ResidentMedicalInsurance.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class PaymentBatchesReversalsAndSignOffs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Payments_EnrollmentId",
                table: "Payments");

            migrationBuilder.DropIndex(
                name: "IX_Payments_TenantId_Channel_Voucher",
                table: "Payments");

            migrationBuilder.AddColumn<Guid>(
                name: "BatchId",
                table: "Payments",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "CarriedToPeriod",
                table: "Payments",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ReversalId",
                table: "Payments",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ReversedAt",
                table: "Payments",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Status",
                table: "Payments",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "PaymentBatches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    HouseholdId = table.Column<Guid>(type: "uuid", nullable: true),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Channel = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Voucher = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    PaidAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Persons = table.Column<int>(type: "integer", nullable: false),
                    AmountFen = table.Column<long>(type: "bigint", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PaymentBatches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PaymentReversals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    PaymentId = table.Column<Guid>(type: "uuid", nullable: false),
                    EnrollmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    ResidentId = table.Column<Guid>(type: "uuid", nullable: false),
                    HouseholdId = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    AmountFen = table.Column<long>(type: "bigint", nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RequestedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    DecisionNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PaymentReversals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PaymentReversals_Payments_PaymentId",
                        column: x => x.PaymentId,
                        principalTable: "Payments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PeriodSignOffs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    SignedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SignedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SentBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Figures = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PeriodSignOffs", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Payments_BatchId_EnrollmentId",
                table: "Payments",
                columns: new[] { "BatchId", "EnrollmentId" },
                unique: true,
                filter: "\"Status\" = 0");

            migrationBuilder.CreateIndex(
                name: "IX_Payments_EnrollmentId",
                table: "Payments",
                column: "EnrollmentId",
                unique: true,
                filter: "\"Status\" = 0");

            migrationBuilder.CreateIndex(
                name: "IX_Payments_TenantId_Channel_Voucher",
                table: "Payments",
                columns: new[] { "TenantId", "Channel", "Voucher" },
                unique: true,
                filter: "\"Status\" = 0 AND \"BatchId\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Payments_TenantId_PaidAt",
                table: "Payments",
                columns: new[] { "TenantId", "PaidAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PaymentBatches_TenantId",
                table: "PaymentBatches",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_PaymentBatches_TenantId_Channel_Voucher",
                table: "PaymentBatches",
                columns: new[] { "TenantId", "Channel", "Voucher" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PaymentReversals_PaymentId",
                table: "PaymentReversals",
                column: "PaymentId");

            migrationBuilder.CreateIndex(
                name: "IX_PaymentReversals_TenantId",
                table: "PaymentReversals",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_PaymentReversals_TenantId_Status",
                table: "PaymentReversals",
                columns: new[] { "TenantId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_PeriodSignOffs_TenantId",
                table: "PeriodSignOffs",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_PeriodSignOffs_TenantId_PeriodStart",
                table: "PeriodSignOffs",
                columns: new[] { "TenantId", "PeriodStart" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Payments_PaymentBatches_BatchId",
                table: "Payments",
                column: "BatchId",
                principalTable: "PaymentBatches",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Payments_PaymentBatches_BatchId",
                table: "Payments");

            migrationBuilder.DropTable(
                name: "PaymentBatches");

            migrationBuilder.DropTable(
                name: "PaymentReversals");

            migrationBuilder.DropTable(
                name: "PeriodSignOffs");

            migrationBuilder.DropIndex(
                name: "IX_Payments_BatchId_EnrollmentId",
                table: "Payments");

            migrationBuilder.DropIndex(
                name: "IX_Payments_EnrollmentId",
                table: "Payments");

            migrationBuilder.DropIndex(
                name: "IX_Payments_TenantId_Channel_Voucher",
                table: "Payments");

            migrationBuilder.DropIndex(
                name: "IX_Payments_TenantId_PaidAt",
                table: "Payments");

            migrationBuilder.DropColumn(
                name: "BatchId",
                table: "Payments");

            migrationBuilder.DropColumn(
                name: "CarriedToPeriod",
                table: "Payments");

            migrationBuilder.DropColumn(
                name: "ReversalId",
                table: "Payments");

            migrationBuilder.DropColumn(
                name: "ReversedAt",
                table: "Payments");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "Payments");

            migrationBuilder.CreateIndex(
                name: "IX_Payments_EnrollmentId",
                table: "Payments",
                column: "EnrollmentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Payments_TenantId_Channel_Voucher",
                table: "Payments",
                columns: new[] { "TenantId", "Channel", "Voucher" },
                unique: true);
        }
    }
}
