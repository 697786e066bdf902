using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ResidentMedicalInsurance.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PersonalAccounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PersonalAccountEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ResidentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    HouseholdId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    AmountFen = table.Column<long>(type: "bigint", nullable: false),
                    BookedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Basis = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Note = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    RecordedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonalAccountEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PersonalAccountEntries_Residents_ResidentId",
                        column: x => x.ResidentId,
                        principalTable: "Residents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PersonalAccountEntries_HouseholdId",
                table: "PersonalAccountEntries",
                column: "HouseholdId");

            migrationBuilder.CreateIndex(
                name: "IX_PersonalAccountEntries_ResidentId_Year_Kind",
                table: "PersonalAccountEntries",
                columns: new[] { "ResidentId", "Year", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PersonalAccountEntries_TenantId",
                table: "PersonalAccountEntries",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_PersonalAccountEntries_TenantId_Year_Kind",
                table: "PersonalAccountEntries",
                columns: new[] { "TenantId", "Year", "Kind" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PersonalAccountEntries");
        }
    }
}
