using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LeedsCommissioning.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ContractPerformance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "DecisionId",
                table: "ContractChanges",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "ValueChange",
                table: "ContractChanges",
                type: "decimal(18,2)",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "KeyPerformanceIndicators",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ContractId = table.Column<int>(type: "int", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Measure = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Target = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KeyPerformanceIndicators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KeyPerformanceIndicators_Contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "Contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PerformanceFailures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ContractId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Description = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    StepsTaken = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    RecordedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    RecordedByName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PerformanceFailures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PerformanceFailures_Contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "Contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "KpiRatings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    KeyPerformanceIndicatorId = table.Column<int>(type: "int", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Rating = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    RatedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    RatedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    RatedByName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KpiRatings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KpiRatings_KeyPerformanceIndicators_KeyPerformanceIndicatorId",
                        column: x => x.KeyPerformanceIndicatorId,
                        principalTable: "KeyPerformanceIndicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ContractChanges_DecisionId",
                table: "ContractChanges",
                column: "DecisionId");

            migrationBuilder.CreateIndex(
                name: "IX_KeyPerformanceIndicators_ContractId",
                table: "KeyPerformanceIndicators",
                column: "ContractId");

            migrationBuilder.CreateIndex(
                name: "IX_KpiRatings_KeyPerformanceIndicatorId_Year",
                table: "KpiRatings",
                columns: new[] { "KeyPerformanceIndicatorId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PerformanceFailures_ContractId_OccurredOn",
                table: "PerformanceFailures",
                columns: new[] { "ContractId", "OccurredOn" });

            migrationBuilder.AddForeignKey(
                name: "FK_ContractChanges_DecisionRecords_DecisionId",
                table: "ContractChanges",
                column: "DecisionId",
                principalTable: "DecisionRecords",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ContractChanges_DecisionRecords_DecisionId",
                table: "ContractChanges");

            migrationBuilder.DropTable(
                name: "KpiRatings");

            migrationBuilder.DropTable(
                name: "PerformanceFailures");

            migrationBuilder.DropTable(
                name: "KeyPerformanceIndicators");

            migrationBuilder.DropIndex(
                name: "IX_ContractChanges_DecisionId",
                table: "ContractChanges");

            migrationBuilder.DropColumn(
                name: "DecisionId",
                table: "ContractChanges");

            migrationBuilder.DropColumn(
                name: "ValueChange",
                table: "ContractChanges");
        }
    }
}
