using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ResidentMedicalInsurance.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PaidFiles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PaidFiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    RowsTotal = table.Column<int>(type: "int", nullable: false),
                    RowsDone = table.Column<int>(type: "int", nullable: false),
                    CancelRequested = table.Column<bool>(type: "bit", nullable: false),
                    Failure = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    UploadedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UploadedBy = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    AppliedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    AppliedBy = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PaidFiles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PaidFileContents",
                columns: table => new
                {
                    FileId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Content = table.Column<byte[]>(type: "varbinary(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PaidFileContents", x => x.FileId);
                    table.ForeignKey(
                        name: "FK_PaidFileContents_PaidFiles_FileId",
                        column: x => x.FileId,
                        principalTable: "PaidFiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PaidRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FileId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RowNumber = table.Column<int>(type: "int", nullable: false),
                    IdNumberText = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    IdNumber = table.Column<string>(type: "nvarchar(18)", maxLength: 18, nullable: true),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    YearText = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    AmountText = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    AmountFen = table.Column<long>(type: "bigint", nullable: true),
                    PaidAtText = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    PaidAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Channel = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    TaxOffice = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Voucher = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Outcome = table.Column<int>(type: "int", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    ExpectedFen = table.Column<long>(type: "bigint", nullable: true),
                    ResidentId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    EnrollmentId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    PaymentId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    RefundId = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PaidRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PaidRecords_PaidFiles_FileId",
                        column: x => x.FileId,
                        principalTable: "PaidFiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PaidFileContents_TenantId",
                table: "PaidFileContents",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_PaidFiles_TenantId",
                table: "PaidFiles",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_PaidRecords_FileId_Outcome_RowNumber",
                table: "PaidRecords",
                columns: new[] { "FileId", "Outcome", "RowNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_PaidRecords_FileId_ResidentId",
                table: "PaidRecords",
                columns: new[] { "FileId", "ResidentId" });

            migrationBuilder.CreateIndex(
                name: "IX_PaidRecords_FileId_RowNumber",
                table: "PaidRecords",
                columns: new[] { "FileId", "RowNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PaidRecords_FileId_Voucher",
                table: "PaidRecords",
                columns: new[] { "FileId", "Voucher" });

            migrationBuilder.CreateIndex(
                name: "IX_PaidRecords_TenantId",
                table: "PaidRecords",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_PaidRecords_TenantId_Voucher",
                table: "PaidRecords",
                columns: new[] { "TenantId", "Voucher" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PaidFileContents");

            migrationBuilder.DropTable(
                name: "PaidRecords");

            migrationBuilder.DropTable(
                name: "PaidFiles");
        }
    }
}
