using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ResidentMedicalInsurance.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class PriorYearProfileAndFirstPayment : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PreviousProfileId",
                table: "Tenants",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "Circumstances_FirstPaidElsewhereOn",
                table: "Enrollments",
                type: "date",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PreviousProfileId",
                table: "Tenants");

            migrationBuilder.DropColumn(
                name: "Circumstances_FirstPaidElsewhereOn",
                table: "Enrollments");
        }
    }
}
