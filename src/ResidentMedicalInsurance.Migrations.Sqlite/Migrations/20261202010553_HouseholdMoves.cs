using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ResidentMedicalInsurance.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class HouseholdMoves : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "HouseholdMoves",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HouseholdId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    ResidentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FromHouseholdId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FromNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    FromTownshipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FromVillage = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ToHouseholdId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ToNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ToTownshipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ToVillage = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Members = table.Column<int>(type: "INTEGER", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    AtTicks = table.Column<long>(type: "INTEGER", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HouseholdMoves", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HouseholdMoves_Townships_FromTownshipId",
                        column: x => x.FromTownshipId,
                        principalTable: "Townships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_HouseholdMoves_Townships_ToTownshipId",
                        column: x => x.ToTownshipId,
                        principalTable: "Townships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_HouseholdMoves_FromTownshipId",
                table: "HouseholdMoves",
                column: "FromTownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_HouseholdMoves_TenantId",
                table: "HouseholdMoves",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_HouseholdMoves_TenantId_FromTownshipId_AtTicks",
                table: "HouseholdMoves",
                columns: new[] { "TenantId", "FromTownshipId", "AtTicks" });

            migrationBuilder.CreateIndex(
                name: "IX_HouseholdMoves_TenantId_ToTownshipId_AtTicks",
                table: "HouseholdMoves",
                columns: new[] { "TenantId", "ToTownshipId", "AtTicks" });

            migrationBuilder.CreateIndex(
                name: "IX_HouseholdMoves_ToTownshipId",
                table: "HouseholdMoves",
                column: "ToTownshipId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "HouseholdMoves");
        }
    }
}
