using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LeedsCommissioning.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Moderation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "QualityQuestion",
                type: "TEXT",
                maxLength: 50,
                nullable: false,
                defaultValue: "WrittenAnswer");

            migrationBuilder.CreateTable(
                name: "Moderations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EvaluationPanelId = table.Column<int>(type: "INTEGER", nullable: false),
                    BidId = table.Column<int>(type: "INTEGER", nullable: false),
                    ModeratedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ModeratedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StartedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastSavedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ConfirmedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Moderations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Moderations_Bid_BidId",
                        column: x => x.BidId,
                        principalTable: "Bid",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Moderations_EvaluationPanels_EvaluationPanelId",
                        column: x => x.EvaluationPanelId,
                        principalTable: "EvaluationPanels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ModeratedScore",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ModerationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    AgreedScore = table.Column<int>(type: "INTEGER", nullable: true),
                    Rationale = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ModeratedScore", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ModeratedScore_Moderations_ModerationId",
                        column: x => x.ModerationId,
                        principalTable: "Moderations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ModeratedScore_ModerationId",
                table: "ModeratedScore",
                column: "ModerationId");

            migrationBuilder.CreateIndex(
                name: "IX_Moderations_BidId",
                table: "Moderations",
                column: "BidId");

            migrationBuilder.CreateIndex(
                name: "IX_Moderations_EvaluationPanelId_BidId",
                table: "Moderations",
                columns: new[] { "EvaluationPanelId", "BidId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ModeratedScore");

            migrationBuilder.DropTable(
                name: "Moderations");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "QualityQuestion");
        }
    }
}
