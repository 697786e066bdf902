using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ResidentMedicalInsurance.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ResidentEligibilityFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "ArmedPolice",
                table: "Residents",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "Employed",
                table: "Residents",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "InsuredElsewhere",
                table: "Residents",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "ParentInsuredInPrefecture",
                table: "Residents",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PermitValidUntil",
                table: "Residents",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ResidentYears",
                table: "Residents",
                type: "int",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ArmedPolice",
                table: "Residents");

            migrationBuilder.DropColumn(
                name: "Employed",
                table: "Residents");

            migrationBuilder.DropColumn(
                name: "InsuredElsewhere",
                table: "Residents");

            migrationBuilder.DropColumn(
                name: "ParentInsuredInPrefecture",
                table: "Residents");

            migrationBuilder.DropColumn(
                name: "PermitValidUntil",
                table: "Residents");

            migrationBuilder.DropColumn(
                name: "ResidentYears",
                table: "Residents");
        }
    }
}
