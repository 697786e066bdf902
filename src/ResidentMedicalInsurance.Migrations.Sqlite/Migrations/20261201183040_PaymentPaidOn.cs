using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ResidentMedicalInsurance.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PaymentPaidOn : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Payments_TenantId_PaidAt",
                table: "Payments");

            migrationBuilder.AddColumn<DateOnly>(
                name: "PaidOn",
                table: "Payments",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            // The China calendar day of every payment recorded before the column existed.
            migrationBuilder.Sql("UPDATE \"Payments\" SET \"PaidOn\" = date(\"PaidAt\", '+8 hours');");

            // The default only filled existing rows; new rows always carry their day (Payment.PaidAt sets it).
            migrationBuilder.AlterColumn<DateOnly>(
                name: "PaidOn",
                table: "Payments",
                type: "TEXT",
                nullable: false,
                oldClrType: typeof(DateOnly),
                oldType: "TEXT",
                oldDefaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.CreateIndex(
                name: "IX_Payments_TenantId_PaidOn",
                table: "Payments",
                columns: new[] { "TenantId", "PaidOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Payments_TenantId_PaidOn",
                table: "Payments");

            migrationBuilder.DropColumn(
                name: "PaidOn",
                table: "Payments");

            migrationBuilder.CreateIndex(
                name: "IX_Payments_TenantId_PaidAt",
                table: "Payments",
                columns: new[] { "TenantId", "PaidAt" });
        }
    }
}
