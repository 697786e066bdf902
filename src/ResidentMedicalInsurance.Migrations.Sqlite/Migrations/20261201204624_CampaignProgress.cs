using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ResidentMedicalInsurance.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CampaignProgress : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "QuotaPlan",
                table: "Townships");

            migrationBuilder.CreateTable(
                name: "PaidDayTallies",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TownshipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Paid = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PaidDayTallies", x => new { x.TenantId, x.TownshipId, x.Year, x.Category, x.Day });
                });

            migrationBuilder.CreateTable(
                name: "ProgressNotices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    AsOf = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Lines = table.Column<string>(type: "TEXT", maxLength: 40000, nullable: false),
                    IssuedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    IssuedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgressNotices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TownshipPlans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TownshipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Persons = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<int>(type: "INTEGER", nullable: false),
                    EnteredBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    EnteredAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TownshipPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TownshipPlans_Townships_TownshipId",
                        column: x => x.TownshipId,
                        principalTable: "Townships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "VillageTallies",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TownshipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Village = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Registered = table.Column<int>(type: "INTEGER", nullable: false),
                    Enrolled = table.Column<int>(type: "INTEGER", nullable: false),
                    Paid = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VillageTallies", x => new { x.TenantId, x.TownshipId, x.Village, x.Year, x.Category });
                });

            migrationBuilder.CreateIndex(
                name: "IX_PaidDayTallies_TenantId",
                table: "PaidDayTallies",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgressNotices_TenantId",
                table: "ProgressNotices",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgressNotices_TenantId_Year_AsOf",
                table: "ProgressNotices",
                columns: new[] { "TenantId", "Year", "AsOf" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TownshipPlans_TenantId",
                table: "TownshipPlans",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_TownshipPlans_TenantId_Year_TownshipId",
                table: "TownshipPlans",
                columns: new[] { "TenantId", "Year", "TownshipId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TownshipPlans_TownshipId",
                table: "TownshipPlans",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_VillageTallies_TenantId",
                table: "VillageTallies",
                column: "TenantId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PaidDayTallies");

            migrationBuilder.DropTable(
                name: "ProgressNotices");

            migrationBuilder.DropTable(
                name: "TownshipPlans");

            migrationBuilder.DropTable(
                name: "VillageTallies");

            migrationBuilder.AddColumn<int>(
                name: "QuotaPlan",
                table: "Townships",
                type: "INTEGER",
                nullable: true);
        }
    }
}
