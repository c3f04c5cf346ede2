using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LeedsCommissioning.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ContractChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "EarlierValueAdjustment",
                table: "Contracts",
                type: "decimal(18,2)",
                precision: 18,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.CreateTable(
                name: "ContractChanges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ContractId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    EffectiveDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    AnnualValueBefore = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    AnnualValueAfter = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    WholeLifeValueBefore = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    WholeLifeValueAfter = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    StartDateBefore = table.Column<DateOnly>(type: "date", nullable: false),
                    StartDateAfter = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDateBefore = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDateAfter = table.Column<DateOnly>(type: "date", nullable: false),
                    MaximumEndDateBefore = table.Column<DateOnly>(type: "date", nullable: false),
                    MaximumEndDateAfter = table.Column<DateOnly>(type: "date", nullable: false),
                    StatusBefore = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    StatusAfter = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    RecordedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    RecordedByName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContractChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContractChanges_Contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "Contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ContractChanges_ContractId_RecordedAtUtc",
                table: "ContractChanges",
                columns: new[] { "ContractId", "RecordedAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ContractChanges");

            migrationBuilder.DropColumn(
                name: "EarlierValueAdjustment",
                table: "Contracts");
        }
    }
}
