using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ResidentMedicalInsurance.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AccidentInsurance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AccidentCovers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TownshipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Village = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    HouseholdId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    PremiumFen = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ChosenAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    ChosenBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    PaidAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    PaidOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Voucher = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    CancelledAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    CancelledBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccidentCovers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AccidentCovers_Residents_ResidentId",
                        column: x => x.ResidentId,
                        principalTable: "Residents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AccidentCovers_HouseholdId",
                table: "AccidentCovers",
                column: "HouseholdId");

            migrationBuilder.CreateIndex(
                name: "IX_AccidentCovers_ResidentId_Year",
                table: "AccidentCovers",
                columns: new[] { "ResidentId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AccidentCovers_TenantId",
                table: "AccidentCovers",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_AccidentCovers_TenantId_Voucher",
                table: "AccidentCovers",
                columns: new[] { "TenantId", "Voucher" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AccidentCovers_TenantId_Year_TownshipId_Village",
                table: "AccidentCovers",
                columns: new[] { "TenantId", "Year", "TownshipId", "Village" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AccidentCovers");
        }
    }
}
