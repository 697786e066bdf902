using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ResidentMedicalInsurance.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class ResidentsTownshipDeparture : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Residents_TownshipId",
                table: "Residents");

            migrationBuilder.CreateIndex(
                name: "IX_Residents_TownshipId_Departure",
                table: "Residents",
                columns: new[] { "TownshipId", "Departure" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Residents_TownshipId_Departure",
                table: "Residents");

            migrationBuilder.CreateIndex(
                name: "IX_Residents_TownshipId",
                table: "Residents",
                column: "TownshipId");
        }
    }
}
