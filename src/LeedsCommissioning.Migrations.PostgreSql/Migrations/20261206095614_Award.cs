using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace LeedsCommissioning.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Award : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "LotAwardId",
                table: "Contracts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "OpportunityId",
                table: "Contracts",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ContractCommitments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ContractId = table.Column<int>(type: "integer", nullable: false),
                    SocialValueCriterionId = table.Column<int>(type: "integer", nullable: true),
                    Criterion = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Quantity = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Unit = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContractCommitments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContractCommitments_Contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "Contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ContractCommitments_SocialValueCriteria_SocialValueCriterio~",
                        column: x => x.SocialValueCriterionId,
                        principalTable: "SocialValueCriteria",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LotAwards",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OpportunityId = table.Column<int>(type: "integer", nullable: false),
                    LotId = table.Column<int>(type: "integer", nullable: false),
                    BidId = table.Column<int>(type: "integer", nullable: true),
                    ProviderId = table.Column<int>(type: "integer", nullable: true),
                    ProviderName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    TotalPrice = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    Rank = table.Column<int>(type: "integer", nullable: true),
                    Reason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    RecommendedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    RecommendedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecommendedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DecisionId = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    NoticePublishedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    StandstillEndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ContractId = table.Column<int>(type: "integer", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LotAwards", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LotAwards_Bid_BidId",
                        column: x => x.BidId,
                        principalTable: "Bid",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LotAwards_Contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "Contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LotAwards_DecisionRecords_DecisionId",
                        column: x => x.DecisionId,
                        principalTable: "DecisionRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LotAwards_Lot_LotId",
                        column: x => x.LotId,
                        principalTable: "Lot",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LotAwards_Opportunities_OpportunityId",
                        column: x => x.OpportunityId,
                        principalTable: "Opportunities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LotAwards_Providers_ProviderId",
                        column: x => x.ProviderId,
                        principalTable: "Providers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OutcomeLetters",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    LotAwardId = table.Column<int>(type: "integer", nullable: false),
                    OpportunityId = table.Column<int>(type: "integer", nullable: false),
                    LotId = table.Column<int>(type: "integer", nullable: false),
                    BidId = table.Column<int>(type: "integer", nullable: false),
                    ProviderId = table.Column<int>(type: "integer", nullable: false),
                    IsSuccessful = table.Column<bool>(type: "boolean", nullable: false),
                    WinnerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OwnTotalPrice = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    OwnTotal = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    WinnerTotal = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    IssuedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutcomeLetters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OutcomeLetters_Bid_BidId",
                        column: x => x.BidId,
                        principalTable: "Bid",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OutcomeLetters_LotAwards_LotAwardId",
                        column: x => x.LotAwardId,
                        principalTable: "LotAwards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OutcomeLetters_Providers_ProviderId",
                        column: x => x.ProviderId,
                        principalTable: "Providers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OutcomeLetterLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OutcomeLetterId = table.Column<int>(type: "integer", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Criterion = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Weight = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    OwnAgreedScore = table.Column<int>(type: "integer", nullable: true),
                    OwnScore = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    WinnerAgreedScore = table.Column<int>(type: "integer", nullable: true),
                    WinnerScore = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Reasons = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutcomeLetterLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OutcomeLetterLines_OutcomeLetters_OutcomeLetterId",
                        column: x => x.OutcomeLetterId,
                        principalTable: "OutcomeLetters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_OpportunityId",
                table: "Contracts",
                column: "OpportunityId");

            migrationBuilder.CreateIndex(
                name: "IX_ContractCommitments_ContractId",
                table: "ContractCommitments",
                column: "ContractId");

            migrationBuilder.CreateIndex(
                name: "IX_ContractCommitments_SocialValueCriterionId",
                table: "ContractCommitments",
                column: "SocialValueCriterionId");

            migrationBuilder.CreateIndex(
                name: "IX_LotAwards_BidId",
                table: "LotAwards",
                column: "BidId");

            migrationBuilder.CreateIndex(
                name: "IX_LotAwards_ContractId",
                table: "LotAwards",
                column: "ContractId");

            migrationBuilder.CreateIndex(
                name: "IX_LotAwards_DecisionId",
                table: "LotAwards",
                column: "DecisionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LotAwards_LotId",
                table: "LotAwards",
                column: "LotId");

            migrationBuilder.CreateIndex(
                name: "IX_LotAwards_OpportunityId_LotId",
                table: "LotAwards",
                columns: new[] { "OpportunityId", "LotId" });

            migrationBuilder.CreateIndex(
                name: "IX_LotAwards_ProviderId",
                table: "LotAwards",
                column: "ProviderId");

            migrationBuilder.CreateIndex(
                name: "IX_OutcomeLetterLines_OutcomeLetterId",
                table: "OutcomeLetterLines",
                column: "OutcomeLetterId");

            migrationBuilder.CreateIndex(
                name: "IX_OutcomeLetters_BidId",
                table: "OutcomeLetters",
                column: "BidId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutcomeLetters_LotAwardId",
                table: "OutcomeLetters",
                column: "LotAwardId");

            migrationBuilder.CreateIndex(
                name: "IX_OutcomeLetters_ProviderId",
                table: "OutcomeLetters",
                column: "ProviderId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ContractCommitments");

            migrationBuilder.DropTable(
                name: "OutcomeLetterLines");

            migrationBuilder.DropTable(
                name: "OutcomeLetters");

            migrationBuilder.DropTable(
                name: "LotAwards");

            migrationBuilder.DropIndex(
                name: "IX_Contracts_OpportunityId",
                table: "Contracts");

            migrationBuilder.DropColumn(
                name: "LotAwardId",
                table: "Contracts");

            migrationBuilder.DropColumn(
                name: "OpportunityId",
                table: "Contracts");
        }
    }
}
