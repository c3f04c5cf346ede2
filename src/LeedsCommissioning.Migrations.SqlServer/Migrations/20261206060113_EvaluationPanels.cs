using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LeedsCommissioning.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class EvaluationPanels : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BidOpenings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    OpportunityId = table.Column<int>(type: "int", nullable: false),
                    BidDeadlineUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    OpenedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    OpenedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    OpenedByName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    WitnessUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    WitnessName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BidOpenings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BidOpenings_Opportunities_OpportunityId",
                        column: x => x.OpportunityId,
                        principalTable: "Opportunities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EvaluationPanels",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    OpportunityId = table.Column<int>(type: "int", nullable: false),
                    LotId = table.Column<int>(type: "int", nullable: false),
                    QualityQuestionId = table.Column<int>(type: "int", nullable: true),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    FormedByName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    FormedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationPanels", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvaluationPanels_Lot_LotId",
                        column: x => x.LotId,
                        principalTable: "Lot",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EvaluationPanels_Opportunities_OpportunityId",
                        column: x => x.OpportunityId,
                        principalTable: "Opportunities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EvaluationPanels_QualityQuestion_QualityQuestionId",
                        column: x => x.QualityQuestionId,
                        principalTable: "QualityQuestion",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OpenedBidEntry",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    BidOpeningId = table.Column<int>(type: "int", nullable: false),
                    BidId = table.Column<int>(type: "int", nullable: false),
                    LotId = table.Column<int>(type: "int", nullable: false),
                    ProviderName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ReceiptReference = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OpenedBidEntry", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OpenedBidEntry_BidOpenings_BidOpeningId",
                        column: x => x.BidOpeningId,
                        principalTable: "BidOpenings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OpenedBidEntry_Bid_BidId",
                        column: x => x.BidId,
                        principalTable: "Bid",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ConflictDeclaration",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EvaluationPanelId = table.Column<int>(type: "int", nullable: false),
                    UserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    BidId = table.Column<int>(type: "int", nullable: false),
                    HasConflict = table.Column<bool>(type: "bit", nullable: false),
                    Details = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    DeclaredAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConflictDeclaration", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConflictDeclaration_Bid_BidId",
                        column: x => x.BidId,
                        principalTable: "Bid",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ConflictDeclaration_EvaluationPanels_EvaluationPanelId",
                        column: x => x.EvaluationPanelId,
                        principalTable: "EvaluationPanels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PanelMember",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EvaluationPanelId = table.Column<int>(type: "int", nullable: false),
                    UserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    IsExternal = table.Column<bool>(type: "bit", nullable: false),
                    IsChair = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PanelMember", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PanelMember_EvaluationPanels_EvaluationPanelId",
                        column: x => x.EvaluationPanelId,
                        principalTable: "EvaluationPanels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ScoreSheets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EvaluationPanelId = table.Column<int>(type: "int", nullable: false),
                    BidId = table.Column<int>(type: "int", nullable: false),
                    UserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    MemberName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    StartedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    LastSavedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScoreSheets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScoreSheets_Bid_BidId",
                        column: x => x.BidId,
                        principalTable: "Bid",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ScoreSheets_EvaluationPanels_EvaluationPanelId",
                        column: x => x.EvaluationPanelId,
                        principalTable: "EvaluationPanels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ScoreLine",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ScoreSheetId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    ItemId = table.Column<int>(type: "int", nullable: false),
                    Score = table.Column<int>(type: "int", nullable: true),
                    Comment = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScoreLine", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScoreLine_ScoreSheets_ScoreSheetId",
                        column: x => x.ScoreSheetId,
                        principalTable: "ScoreSheets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BidOpenings_OpportunityId",
                table: "BidOpenings",
                column: "OpportunityId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ConflictDeclaration_BidId",
                table: "ConflictDeclaration",
                column: "BidId");

            migrationBuilder.CreateIndex(
                name: "IX_ConflictDeclaration_EvaluationPanelId_UserId_BidId",
                table: "ConflictDeclaration",
                columns: new[] { "EvaluationPanelId", "UserId", "BidId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationPanels_LotId",
                table: "EvaluationPanels",
                column: "LotId");

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationPanels_OpportunityId",
                table: "EvaluationPanels",
                column: "OpportunityId");

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationPanels_QualityQuestionId",
                table: "EvaluationPanels",
                column: "QualityQuestionId");

            migrationBuilder.CreateIndex(
                name: "IX_OpenedBidEntry_BidId",
                table: "OpenedBidEntry",
                column: "BidId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OpenedBidEntry_BidOpeningId",
                table: "OpenedBidEntry",
                column: "BidOpeningId");

            migrationBuilder.CreateIndex(
                name: "IX_PanelMember_EvaluationPanelId_UserId",
                table: "PanelMember",
                columns: new[] { "EvaluationPanelId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PanelMember_UserId",
                table: "PanelMember",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_ScoreLine_ScoreSheetId",
                table: "ScoreLine",
                column: "ScoreSheetId");

            migrationBuilder.CreateIndex(
                name: "IX_ScoreSheets_BidId",
                table: "ScoreSheets",
                column: "BidId");

            migrationBuilder.CreateIndex(
                name: "IX_ScoreSheets_EvaluationPanelId_BidId_UserId",
                table: "ScoreSheets",
                columns: new[] { "EvaluationPanelId", "BidId", "UserId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ConflictDeclaration");

            migrationBuilder.DropTable(
                name: "OpenedBidEntry");

            migrationBuilder.DropTable(
                name: "PanelMember");

            migrationBuilder.DropTable(
                name: "ScoreLine");

            migrationBuilder.DropTable(
                name: "BidOpenings");

            migrationBuilder.DropTable(
                name: "ScoreSheets");

            migrationBuilder.DropTable(
                name: "EvaluationPanels");
        }
    }
}
