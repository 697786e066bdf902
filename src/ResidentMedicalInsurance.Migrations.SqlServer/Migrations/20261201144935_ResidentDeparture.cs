using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ResidentMedicalInsurance.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ResidentDeparture : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "DepartedOn",
                table: "Residents",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Departure",
                table: "Residents",
                type: "int",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DepartedOn",
                table: "Residents");

            migrationBuilder.DropColumn(
                name: "Departure",
                table: "Residents");
        }
    }
}
