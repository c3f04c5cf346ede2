using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LeedsCommissioning.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Waivers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DecisionRecords",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    DecisionMakerRole = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DecisionMakerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DecisionMakerUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Route = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CallInEndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EiaScreeningDone = table.Column<bool>(type: "INTEGER", nullable: true),
                    EiaScreeningLink = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ExecutiveMemberBriefed = table.Column<bool>(type: "INTEGER", nullable: true),
                    WardsAffected = table.Column<string>(type: "TEXT", nullable: false),
                    IsConfidentialOrExempt = table.Column<bool>(type: "INTEGER", nullable: true),
                    AccessToInformationRule = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    ConfidentialAppendix = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: false),
                    OutcomeOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OutcomeReasons = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DecisionRecords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CprWaivers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    VersionNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    PreviousVersionId = table.Column<int>(type: "INTEGER", nullable: true),
                    FirstVersionId = table.Column<int>(type: "INTEGER", nullable: true),
                    IsSuperseded = table.Column<bool>(type: "INTEGER", nullable: false),
                    AuthorUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RegisterDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReportOf = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReportDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    CommissioningOrganisationId = table.Column<int>(type: "INTEGER", nullable: true),
                    SpecificWardsAffected = table.Column<bool>(type: "INTEGER", nullable: true),
                    ConsultationCarriedOut = table.Column<bool>(type: "INTEGER", nullable: true),
                    HasEqualityImplications = table.Column<bool>(type: "INTEGER", nullable: true),
                    RulesWaived = table.Column<string>(type: "TEXT", nullable: false),
                    OtherRulesWaived = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AuthorityRule = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ProviderId = table.Column<int>(type: "INTEGER", nullable: true),
                    NewSupplierName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Value = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    TermMonths = table.Column<int>(type: "INTEGER", nullable: true),
                    ImplementingOfficer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    BudgetSource = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    Recommendations = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    Background = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    MainIssues = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    ConsultationAndEngagement = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    EqualityAndDiversity = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    CouncilPolicies = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    ResourcesAndValueForMoney = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    LegalImplications = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    RiskManagement = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    Conclusions = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    BackgroundDocuments = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    CrossBorderSubjectMatter = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    CrossBorderValue = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    CrossBorderSector = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    CrossBorderLocation = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    HasCrossBorderInterest = table.Column<bool>(type: "INTEGER", nullable: true),
                    LegalReviewBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LegalReviewOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecisionRecordId = table.Column<int>(type: "INTEGER", nullable: false),
                    ContractId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CprWaivers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CprWaivers_CommissioningOrganisations_CommissioningOrganisationId",
                        column: x => x.CommissioningOrganisationId,
                        principalTable: "CommissioningOrganisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CprWaivers_Contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "Contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CprWaivers_CprWaivers_PreviousVersionId",
                        column: x => x.PreviousVersionId,
                        principalTable: "CprWaivers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CprWaivers_DecisionRecords_DecisionRecordId",
                        column: x => x.DecisionRecordId,
                        principalTable: "DecisionRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CprWaivers_Providers_ProviderId",
                        column: x => x.ProviderId,
                        principalTable: "Providers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_CprWaiverId",
                table: "Contracts",
                column: "CprWaiverId");

            migrationBuilder.CreateIndex(
                name: "IX_CprWaivers_CommissioningOrganisationId",
                table: "CprWaivers",
                column: "CommissioningOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_CprWaivers_ContractId",
                table: "CprWaivers",
                column: "ContractId");

            migrationBuilder.CreateIndex(
                name: "IX_CprWaivers_DecisionRecordId",
                table: "CprWaivers",
                column: "DecisionRecordId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CprWaivers_FirstVersionId",
                table: "CprWaivers",
                column: "FirstVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_CprWaivers_PreviousVersionId",
                table: "CprWaivers",
                column: "PreviousVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_CprWaivers_ProviderId",
                table: "CprWaivers",
                column: "ProviderId");

            migrationBuilder.CreateIndex(
                name: "IX_CprWaivers_Status_RegisterDate",
                table: "CprWaivers",
                columns: new[] { "Status", "RegisterDate" });

            migrationBuilder.AddForeignKey(
                name: "FK_Contracts_CprWaivers_CprWaiverId",
                table: "Contracts",
                column: "CprWaiverId",
                principalTable: "CprWaivers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Contracts_CprWaivers_CprWaiverId",
                table: "Contracts");

            migrationBuilder.DropTable(
                name: "CprWaivers");

            migrationBuilder.DropTable(
                name: "DecisionRecords");

            migrationBuilder.DropIndex(
                name: "IX_Contracts_CprWaiverId",
                table: "Contracts");
        }
    }
}
