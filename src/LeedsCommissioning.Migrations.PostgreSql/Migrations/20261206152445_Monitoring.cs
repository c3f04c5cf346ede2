using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace LeedsCommissioning.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Monitoring : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MonitoringEvidence",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ContractId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Link = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    RecordedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MonitoringEvidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MonitoringEvidence_Contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "Contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MonitoringPlans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ContractId = table.Column<int>(type: "integer", nullable: false),
                    UsesQualityManagementFramework = table.Column<bool>(type: "boolean", nullable: false),
                    IsRegulated = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MonitoringPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MonitoringPlans_Contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "Contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "QuarterlyReturns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ContractId = table.Column<int>(type: "integer", nullable: false),
                    QuarterKey = table.Column<int>(type: "integer", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Theme = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    ThemeReflection = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    SubmittedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SubmittedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    SubmittedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SubmittedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SubmittedLate = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuarterlyReturns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_QuarterlyReturns_Contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "Contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MonitoringCqcLocations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MonitoringPlanId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Rating = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    RatedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MonitoringCqcLocations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MonitoringCqcLocations_MonitoringPlans_MonitoringPlanId",
                        column: x => x.MonitoringPlanId,
                        principalTable: "MonitoringPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MonitoringCquins",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MonitoringPlanId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MonitoringCquins", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MonitoringCquins_MonitoringPlans_MonitoringPlanId",
                        column: x => x.MonitoringPlanId,
                        principalTable: "MonitoringPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MonitoringMeasures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MonitoringPlanId = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Question = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Unit = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    QuarterlyTarget = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Direction = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Aggregation = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MonitoringMeasures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MonitoringMeasures_MonitoringPlans_MonitoringPlanId",
                        column: x => x.MonitoringPlanId,
                        principalTable: "MonitoringPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MonitoringSteeringGroup",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MonitoringPlanId = table.Column<int>(type: "integer", nullable: false),
                    CommissioningOrganisationId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MonitoringSteeringGroup", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MonitoringSteeringGroup_CommissioningOrganisations_Commissi~",
                        column: x => x.CommissioningOrganisationId,
                        principalTable: "CommissioningOrganisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MonitoringSteeringGroup_MonitoringPlans_MonitoringPlanId",
                        column: x => x.MonitoringPlanId,
                        principalTable: "MonitoringPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MonitoringReviews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    QuarterlyReturnId = table.Column<int>(type: "integer", nullable: false),
                    Feedback = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    GoodPractice = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Challenges = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Rating = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    RatingReason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ReviewerUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    ReviewerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ReviewedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MonitoringReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MonitoringReviews_QuarterlyReturns_QuarterlyReturnId",
                        column: x => x.QuarterlyReturnId,
                        principalTable: "QuarterlyReturns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "QuarterlyReturnSocialValue",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    QuarterlyReturnId = table.Column<int>(type: "integer", nullable: false),
                    ContractCommitmentId = table.Column<int>(type: "integer", nullable: false),
                    Quantity = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    Note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuarterlyReturnSocialValue", x => x.Id);
                    table.ForeignKey(
                        name: "FK_QuarterlyReturnSocialValue_ContractCommitments_ContractComm~",
                        column: x => x.ContractCommitmentId,
                        principalTable: "ContractCommitments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_QuarterlyReturnSocialValue_QuarterlyReturns_QuarterlyReturn~",
                        column: x => x.QuarterlyReturnId,
                        principalTable: "QuarterlyReturns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "QuarterlyReturnActuals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    QuarterlyReturnId = table.Column<int>(type: "integer", nullable: false),
                    OutcomeMeasureId = table.Column<int>(type: "integer", nullable: false),
                    Value = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    Commentary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuarterlyReturnActuals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_QuarterlyReturnActuals_MonitoringMeasures_OutcomeMeasureId",
                        column: x => x.OutcomeMeasureId,
                        principalTable: "MonitoringMeasures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_QuarterlyReturnActuals_QuarterlyReturns_QuarterlyReturnId",
                        column: x => x.QuarterlyReturnId,
                        principalTable: "QuarterlyReturns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MonitoringActions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MonitoringReviewId = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Owner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MonitoringActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MonitoringActions_MonitoringReviews_MonitoringReviewId",
                        column: x => x.MonitoringReviewId,
                        principalTable: "MonitoringReviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringActions_MonitoringReviewId",
                table: "MonitoringActions",
                column: "MonitoringReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringCqcLocations_MonitoringPlanId",
                table: "MonitoringCqcLocations",
                column: "MonitoringPlanId");

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringCquins_MonitoringPlanId",
                table: "MonitoringCquins",
                column: "MonitoringPlanId");

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringEvidence_ContractId_ReceivedOn",
                table: "MonitoringEvidence",
                columns: new[] { "ContractId", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringMeasures_MonitoringPlanId_Number",
                table: "MonitoringMeasures",
                columns: new[] { "MonitoringPlanId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringPlans_ContractId",
                table: "MonitoringPlans",
                column: "ContractId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringReviews_QuarterlyReturnId",
                table: "MonitoringReviews",
                column: "QuarterlyReturnId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringSteeringGroup_CommissioningOrganisationId",
                table: "MonitoringSteeringGroup",
                column: "CommissioningOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringSteeringGroup_MonitoringPlanId",
                table: "MonitoringSteeringGroup",
                column: "MonitoringPlanId");

            migrationBuilder.CreateIndex(
                name: "IX_QuarterlyReturnActuals_OutcomeMeasureId",
                table: "QuarterlyReturnActuals",
                column: "OutcomeMeasureId");

            migrationBuilder.CreateIndex(
                name: "IX_QuarterlyReturnActuals_QuarterlyReturnId_OutcomeMeasureId",
                table: "QuarterlyReturnActuals",
                columns: new[] { "QuarterlyReturnId", "OutcomeMeasureId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_QuarterlyReturns_ContractId_QuarterKey",
                table: "QuarterlyReturns",
                columns: new[] { "ContractId", "QuarterKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_QuarterlyReturns_Status_DueOn",
                table: "QuarterlyReturns",
                columns: new[] { "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_QuarterlyReturnSocialValue_ContractCommitmentId",
                table: "QuarterlyReturnSocialValue",
                column: "ContractCommitmentId");

            migrationBuilder.CreateIndex(
                name: "IX_QuarterlyReturnSocialValue_QuarterlyReturnId",
                table: "QuarterlyReturnSocialValue",
                column: "QuarterlyReturnId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MonitoringActions");

            migrationBuilder.DropTable(
                name: "MonitoringCqcLocations");

            migrationBuilder.DropTable(
                name: "MonitoringCquins");

            migrationBuilder.DropTable(
                name: "MonitoringEvidence");

            migrationBuilder.DropTable(
                name: "MonitoringSteeringGroup");

            migrationBuilder.DropTable(
                name: "QuarterlyReturnActuals");

            migrationBuilder.DropTable(
                name: "QuarterlyReturnSocialValue");

            migrationBuilder.DropTable(
                name: "MonitoringReviews");

            migrationBuilder.DropTable(
                name: "MonitoringMeasures");

            migrationBuilder.DropTable(
                name: "QuarterlyReturns");

            migrationBuilder.DropTable(
                name: "MonitoringPlans");
        }
    }
}
