using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ResidentMedicalInsurance.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class SubsidyRosters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SubsidyCertifications_ResidentId_Code",
                table: "SubsidyCertifications");

            migrationBuilder.AlterColumn<DateOnly>(
                name: "CertifiedOn",
                table: "SubsidyCertifications",
                type: "date",
                nullable: true,
                oldClrType: typeof(DateOnly),
                oldType: "date");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ApprovedAt",
                table: "SubsidyCertifications",
                type: "datetimeoffset",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1970, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<string>(
                name: "ApprovedBy",
                table: "SubsidyCertifications",
                type: "nvarchar(450)",
                maxLength: 450,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Department",
                table: "SubsidyCertifications",
                type: "nvarchar(50)",
                maxLength: 50,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "EndedAt",
                table: "SubsidyCertifications",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "EndedByRosterId",
                table: "SubsidyCertifications",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "RosterId",
                table: "SubsidyCertifications",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "RosterRowId",
                table: "SubsidyCertifications",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Source",
                table: "SubsidyCertifications",
                type: "nvarchar(300)",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "Year",
                table: "SubsidyCertifications",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "SubsidyRosters",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Department = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    RowsTotal = table.Column<int>(type: "int", nullable: false),
                    RowsDone = table.Column<int>(type: "int", nullable: false),
                    CancelRequested = table.Column<bool>(type: "bit", nullable: false),
                    Failure = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    UploadedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UploadedBy = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    DecidedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    DecidedBy = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    RejectReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SubsidyRosters", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RosterFiles",
                columns: table => new
                {
                    RosterId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Content = table.Column<byte[]>(type: "varbinary(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RosterFiles", x => x.RosterId);
                    table.ForeignKey(
                        name: "FK_RosterFiles_SubsidyRosters_RosterId",
                        column: x => x.RosterId,
                        principalTable: "SubsidyRosters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RosterRows",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RosterId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RowNumber = table.Column<int>(type: "int", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    IdNumberText = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    IdNumber = table.Column<string>(type: "nvarchar(18)", maxLength: 18, nullable: true),
                    CategoryText = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    CategoryCode = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    Department = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    CertifiedOnText = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    CertifiedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Township = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Village = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Note = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Action = table.Column<int>(type: "int", nullable: false),
                    Outcome = table.Column<int>(type: "int", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    ResidentId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    HouseholdId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    TownshipId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Decision = table.Column<int>(type: "int", nullable: false),
                    DecisionNote = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RosterRows", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RosterRows_SubsidyRosters_RosterId",
                        column: x => x.RosterId,
                        principalTable: "SubsidyRosters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SubsidyCertifications_ResidentId_Code_Year",
                table: "SubsidyCertifications",
                columns: new[] { "ResidentId", "Code", "Year" },
                unique: true,
                filter: "[EndedAt] IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_SubsidyCertifications_TenantId_Department_Year",
                table: "SubsidyCertifications",
                columns: new[] { "TenantId", "Department", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_RosterFiles_TenantId",
                table: "RosterFiles",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_RosterRows_RosterId_IdNumber",
                table: "RosterRows",
                columns: new[] { "RosterId", "IdNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_RosterRows_RosterId_Outcome_RowNumber",
                table: "RosterRows",
                columns: new[] { "RosterId", "Outcome", "RowNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_RosterRows_RosterId_RowNumber",
                table: "RosterRows",
                columns: new[] { "RosterId", "RowNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RosterRows_TenantId",
                table: "RosterRows",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_SubsidyRosters_TenantId",
                table: "SubsidyRosters",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_SubsidyRosters_TenantId_UploadedAt",
                table: "SubsidyRosters",
                columns: new[] { "TenantId", "UploadedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RosterFiles");

            migrationBuilder.DropTable(
                name: "RosterRows");

            migrationBuilder.DropTable(
                name: "SubsidyRosters");

            migrationBuilder.DropIndex(
                name: "IX_SubsidyCertifications_ResidentId_Code_Year",
                table: "SubsidyCertifications");

            migrationBuilder.DropIndex(
                name: "IX_SubsidyCertifications_TenantId_Department_Year",
                table: "SubsidyCertifications");

            migrationBuilder.DropColumn(
                name: "ApprovedAt",
                table: "SubsidyCertifications");

            migrationBuilder.DropColumn(
                name: "ApprovedBy",
                table: "SubsidyCertifications");

            migrationBuilder.DropColumn(
                name: "Department",
                table: "SubsidyCertifications");

            migrationBuilder.DropColumn(
                name: "EndedAt",
                table: "SubsidyCertifications");

            migrationBuilder.DropColumn(
                name: "EndedByRosterId",
                table: "SubsidyCertifications");

            migrationBuilder.DropColumn(
                name: "RosterId",
                table: "SubsidyCertifications");

            migrationBuilder.DropColumn(
                name: "RosterRowId",
                table: "SubsidyCertifications");

            migrationBuilder.DropColumn(
                name: "Source",
                table: "SubsidyCertifications");

            migrationBuilder.DropColumn(
                name: "Year",
                table: "SubsidyCertifications");

            migrationBuilder.AlterColumn<DateOnly>(
                name: "CertifiedOn",
                table: "SubsidyCertifications",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1),
                oldClrType: typeof(DateOnly),
                oldType: "date",
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_SubsidyCertifications_ResidentId_Code",
                table: "SubsidyCertifications",
                columns: new[] { "ResidentId", "Code" },
                unique: true);
        }
    }
}
