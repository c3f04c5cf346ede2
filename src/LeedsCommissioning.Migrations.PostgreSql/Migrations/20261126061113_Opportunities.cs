using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace LeedsCommissioning.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Opportunities : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Opportunities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    ServiceArea = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    CommissioningOrganisationId = table.Column<int>(type: "integer", nullable: false),
                    EstimatedValue = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    InitialTermMonths = table.Column<int>(type: "integer", nullable: false),
                    ExtensionMonths = table.Column<List<int>>(type: "integer[]", nullable: false),
                    Route = table.Column<int>(type: "integer", nullable: false),
                    PaymentByResults = table.Column<bool>(type: "boolean", nullable: false),
                    ConsortiaAllowed = table.Column<bool>(type: "boolean", nullable: false),
                    SingleLotReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    PublishOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ClarificationDeadlineUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    BidDeadlineUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    EvaluationBy = table.Column<DateOnly>(type: "date", nullable: true),
                    AwardBy = table.Column<DateOnly>(type: "date", nullable: true),
                    ContractStart = table.Column<DateOnly>(type: "date", nullable: true),
                    PriceWeight = table.Column<int>(type: "integer", nullable: false),
                    QualityWeight = table.Column<int>(type: "integer", nullable: false),
                    SocialValueWeight = table.Column<int>(type: "integer", nullable: false),
                    SuitableForSmallOrganisations = table.Column<bool>(type: "boolean", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    AuthorUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    AuthorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ApprovedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ApprovedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ApprovedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PublishedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    EvaluationStartedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    OutcomeAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    OutcomeNote = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Opportunities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Opportunities_CommissioningOrganisations_CommissioningOrgan~",
                        column: x => x.CommissioningOrganisationId,
                        principalTable: "CommissioningOrganisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OrganisationApplications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CharityNumber = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    CompanyNumber = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    Postcode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    IsLeedsBased = table.Column<bool>(type: "boolean", nullable: false),
                    AnnualIncome = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ApplicantName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ApplicantEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ApplicantJobTitle = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SubmittedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    DecidedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DecidedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RejectionReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ProviderId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganisationApplications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OrganisationApplications_Providers_ProviderId",
                        column: x => x.ProviderId,
                        principalTable: "Providers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SocialValueCriteria",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Principle = table.Column<int>(type: "integer", nullable: false),
                    Unit = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SocialValueCriteria", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ClarificationNotice",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OpportunityId = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    PublishedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PublishedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClarificationNotice", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClarificationNotice_Opportunities_OpportunityId",
                        column: x => x.OpportunityId,
                        principalTable: "Opportunities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ClarificationQuestions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OpportunityId = table.Column<int>(type: "integer", nullable: false),
                    ProviderId = table.Column<int>(type: "integer", nullable: false),
                    AskedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    AskedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Answer = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    AnsweredBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AnsweredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClarificationQuestions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClarificationQuestions_Opportunities_OpportunityId",
                        column: x => x.OpportunityId,
                        principalTable: "Opportunities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ClarificationQuestions_Providers_ProviderId",
                        column: x => x.ProviderId,
                        principalTable: "Providers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InterestRegistrations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OpportunityId = table.Column<int>(type: "integer", nullable: false),
                    ProviderId = table.Column<int>(type: "integer", nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    RegisteredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InterestRegistrations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InterestRegistrations_Opportunities_OpportunityId",
                        column: x => x.OpportunityId,
                        principalTable: "Opportunities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_InterestRegistrations_Providers_ProviderId",
                        column: x => x.ProviderId,
                        principalTable: "Providers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Lot",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OpportunityId = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    AnnualValue = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Localities = table.Column<int[]>(type: "integer[]", nullable: false),
                    NoLocalBidderReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    AwardedProviderId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Lot", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Lot_Opportunities_OpportunityId",
                        column: x => x.OpportunityId,
                        principalTable: "Opportunities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Lot_Providers_AwardedProviderId",
                        column: x => x.AwardedProviderId,
                        principalTable: "Providers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "QualityQuestion",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OpportunityId = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Weight = table.Column<int>(type: "integer", nullable: false),
                    WordLimit = table.Column<int>(type: "integer", nullable: false),
                    Scorers = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QualityQuestion", x => x.Id);
                    table.ForeignKey(
                        name: "FK_QualityQuestion_Opportunities_OpportunityId",
                        column: x => x.OpportunityId,
                        principalTable: "Opportunities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OpportunitySocialValue",
                columns: table => new
                {
                    OpportunityId = table.Column<int>(type: "integer", nullable: false),
                    SocialValueCriterionId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OpportunitySocialValue", x => new { x.OpportunityId, x.SocialValueCriterionId });
                    table.ForeignKey(
                        name: "FK_OpportunitySocialValue_Opportunities_OpportunityId",
                        column: x => x.OpportunityId,
                        principalTable: "Opportunities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OpportunitySocialValue_SocialValueCriteria_SocialValueCrite~",
                        column: x => x.SocialValueCriterionId,
                        principalTable: "SocialValueCriteria",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Bid",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OpportunityId = table.Column<int>(type: "integer", nullable: false),
                    LotId = table.Column<int>(type: "integer", nullable: false),
                    ProviderId = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    CreatedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastSavedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SubmittedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    WithdrawnAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReceiptReference = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Bid", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Bid_Lot_LotId",
                        column: x => x.LotId,
                        principalTable: "Lot",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Bid_Opportunities_OpportunityId",
                        column: x => x.OpportunityId,
                        principalTable: "Opportunities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Bid_Providers_ProviderId",
                        column: x => x.ProviderId,
                        principalTable: "Providers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BidAnswer",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BidId = table.Column<int>(type: "integer", nullable: false),
                    QualityQuestionId = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BidAnswer", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BidAnswer_Bid_BidId",
                        column: x => x.BidId,
                        principalTable: "Bid",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BidAnswer_QualityQuestion_QualityQuestionId",
                        column: x => x.QualityQuestionId,
                        principalTable: "QualityQuestion",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BidAttachment",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BidId = table.Column<int>(type: "integer", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Length = table.Column<long>(type: "bigint", nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BidAttachment", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BidAttachment_Bid_BidId",
                        column: x => x.BidId,
                        principalTable: "Bid",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BidCommitment",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BidId = table.Column<int>(type: "integer", nullable: false),
                    SocialValueCriterionId = table.Column<int>(type: "integer", nullable: false),
                    Quantity = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BidCommitment", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BidCommitment_Bid_BidId",
                        column: x => x.BidId,
                        principalTable: "Bid",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BidCommitment_SocialValueCriteria_SocialValueCriterionId",
                        column: x => x.SocialValueCriterionId,
                        principalTable: "SocialValueCriteria",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BidConsortiumMember",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BidId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BidConsortiumMember", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BidConsortiumMember_Bid_BidId",
                        column: x => x.BidId,
                        principalTable: "Bid",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BidPrice",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BidId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BidPrice", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BidPrice_Bid_BidId",
                        column: x => x.BidId,
                        principalTable: "Bid",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BidAttachmentContents",
                columns: table => new
                {
                    BidAttachmentId = table.Column<int>(type: "integer", nullable: false),
                    Data = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BidAttachmentContents", x => x.BidAttachmentId);
                    table.ForeignKey(
                        name: "FK_BidAttachmentContents_BidAttachment_BidAttachmentId",
                        column: x => x.BidAttachmentId,
                        principalTable: "BidAttachment",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Bid_LotId_ProviderId",
                table: "Bid",
                columns: new[] { "LotId", "ProviderId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Bid_OpportunityId",
                table: "Bid",
                column: "OpportunityId");

            migrationBuilder.CreateIndex(
                name: "IX_Bid_ProviderId",
                table: "Bid",
                column: "ProviderId");

            migrationBuilder.CreateIndex(
                name: "IX_BidAnswer_BidId",
                table: "BidAnswer",
                column: "BidId");

            migrationBuilder.CreateIndex(
                name: "IX_BidAnswer_QualityQuestionId",
                table: "BidAnswer",
                column: "QualityQuestionId");

            migrationBuilder.CreateIndex(
                name: "IX_BidAttachment_BidId",
                table: "BidAttachment",
                column: "BidId");

            migrationBuilder.CreateIndex(
                name: "IX_BidCommitment_BidId",
                table: "BidCommitment",
                column: "BidId");

            migrationBuilder.CreateIndex(
                name: "IX_BidCommitment_SocialValueCriterionId",
                table: "BidCommitment",
                column: "SocialValueCriterionId");

            migrationBuilder.CreateIndex(
                name: "IX_BidConsortiumMember_BidId",
                table: "BidConsortiumMember",
                column: "BidId");

            migrationBuilder.CreateIndex(
                name: "IX_BidPrice_BidId",
                table: "BidPrice",
                column: "BidId");

            migrationBuilder.CreateIndex(
                name: "IX_ClarificationNotice_OpportunityId",
                table: "ClarificationNotice",
                column: "OpportunityId");

            migrationBuilder.CreateIndex(
                name: "IX_ClarificationQuestions_OpportunityId",
                table: "ClarificationQuestions",
                column: "OpportunityId");

            migrationBuilder.CreateIndex(
                name: "IX_ClarificationQuestions_ProviderId",
                table: "ClarificationQuestions",
                column: "ProviderId");

            migrationBuilder.CreateIndex(
                name: "IX_InterestRegistrations_OpportunityId_ProviderId",
                table: "InterestRegistrations",
                columns: new[] { "OpportunityId", "ProviderId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InterestRegistrations_ProviderId",
                table: "InterestRegistrations",
                column: "ProviderId");

            migrationBuilder.CreateIndex(
                name: "IX_Lot_AwardedProviderId",
                table: "Lot",
                column: "AwardedProviderId");

            migrationBuilder.CreateIndex(
                name: "IX_Lot_OpportunityId",
                table: "Lot",
                column: "OpportunityId");

            migrationBuilder.CreateIndex(
                name: "IX_Opportunities_CommissioningOrganisationId",
                table: "Opportunities",
                column: "CommissioningOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Opportunities_Status_BidDeadlineUtc",
                table: "Opportunities",
                columns: new[] { "Status", "BidDeadlineUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_OpportunitySocialValue_SocialValueCriterionId",
                table: "OpportunitySocialValue",
                column: "SocialValueCriterionId");

            migrationBuilder.CreateIndex(
                name: "IX_OrganisationApplications_ProviderId",
                table: "OrganisationApplications",
                column: "ProviderId");

            migrationBuilder.CreateIndex(
                name: "IX_OrganisationApplications_Status",
                table: "OrganisationApplications",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_QualityQuestion_OpportunityId",
                table: "QualityQuestion",
                column: "OpportunityId");

            migrationBuilder.CreateIndex(
                name: "IX_SocialValueCriteria_Code",
                table: "SocialValueCriteria",
                column: "Code",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BidAnswer");

            migrationBuilder.DropTable(
                name: "BidAttachmentContents");

            migrationBuilder.DropTable(
                name: "BidCommitment");

            migrationBuilder.DropTable(
                name: "BidConsortiumMember");

            migrationBuilder.DropTable(
                name: "BidPrice");

            migrationBuilder.DropTable(
                name: "ClarificationNotice");

            migrationBuilder.DropTable(
                name: "ClarificationQuestions");

            migrationBuilder.DropTable(
                name: "InterestRegistrations");

            migrationBuilder.DropTable(
                name: "OpportunitySocialValue");

            migrationBuilder.DropTable(
                name: "OrganisationApplications");

            migrationBuilder.DropTable(
                name: "QualityQuestion");

            migrationBuilder.DropTable(
                name: "BidAttachment");

            migrationBuilder.DropTable(
                name: "SocialValueCriteria");

            migrationBuilder.DropTable(
                name: "Bid");

            migrationBuilder.DropTable(
                name: "Lot");

            migrationBuilder.DropTable(
                name: "Opportunities");
        }
    }
}
