using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LeedsCommissioning.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Decommissioning : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "HasThirdSectorProvider",
                table: "Contracts",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            // Any provider on the contract (lead, partner or subcontractor) third sector: the Compact applies (domain.md section 5).
            migrationBuilder.Sql(@"UPDATE ""Contracts"" SET ""HasThirdSectorProvider"" = CASE WHEN EXISTS (SELECT 1 FROM ""ContractProviders"" AS cp INNER JOIN ""Providers"" AS p ON p.""Id"" = cp.""ProviderId"" WHERE cp.""ContractId"" = ""Contracts"".""Id"" AND p.""IsThirdSector"" = 1) THEN 1 ELSE 0 END;");

            migrationBuilder.AddColumn<DateOnly>(
                name: "CompactNoticeGivenOn",
                table: "ContractExtensions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CompactNoticeHow",
                table: "ContractExtensions",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CompactShortNoticeReason",
                table: "ContractExtensions",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "CompactNoticeGivenOn",
                table: "ContractChanges",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CompactNoticeHow",
                table: "ContractChanges",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CompactShortNoticeReason",
                table: "ContractChanges",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DecommissioningCases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ContractId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    CommissionerUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    CommissionerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StartedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    EndOrReductionDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NewAnnualValue = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    ServiceUsersAffected = table.Column<int>(type: "INTEGER", nullable: true),
                    GroupsAffected = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    TransitionPlan = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    DimensionsAssessment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    NeedsCcgSignOff = table.Column<bool>(type: "INTEGER", nullable: false),
                    NeedsCouncilDecision = table.Column<bool>(type: "INTEGER", nullable: false),
                    PigApprovedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CfvSignedOffOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecisionId = table.Column<int>(type: "INTEGER", nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DecommissioningCases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DecommissioningCases_Contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "Contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DecommissioningCases_DecisionRecords_DecisionId",
                        column: x => x.DecisionId,
                        principalTable: "DecisionRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DecommissioningChecklist",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DecommissioningCaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Check = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    DocumentLink = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    NotApplicableReason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DecommissioningChecklist", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DecommissioningChecklist_DecommissioningCases_DecommissioningCaseId",
                        column: x => x.DecommissioningCaseId,
                        principalTable: "DecommissioningCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DecommissioningCompactNotices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DecommissioningCaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProviderId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProviderName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    GivenOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    How = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ShortNoticeReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DecommissioningCompactNotices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DecommissioningCompactNotices_DecommissioningCases_DecommissioningCaseId",
                        column: x => x.DecommissioningCaseId,
                        principalTable: "DecommissioningCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DecommissioningCompactNotices_Providers_ProviderId",
                        column: x => x.ProviderId,
                        principalTable: "Providers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DecommissioningEngagement",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DecommissioningCaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Who = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    WhatWasSaid = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DecommissioningEngagement", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DecommissioningEngagement_DecommissioningCases_DecommissioningCaseId",
                        column: x => x.DecommissioningCaseId,
                        principalTable: "DecommissioningCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DecommissioningExitTasks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DecommissioningCaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OwnerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    OwnerUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DoneOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DecommissioningExitTasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DecommissioningExitTasks_DecommissioningCases_DecommissioningCaseId",
                        column: x => x.DecommissioningCaseId,
                        principalTable: "DecommissioningCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DecommissioningStakeholders",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DecommissioningCaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Stakeholder = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Consulted = table.Column<bool>(type: "INTEGER", nullable: true),
                    ConsultedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    WhatTheySaid = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DecommissioningStakeholders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DecommissioningStakeholders_DecommissioningCases_DecommissioningCaseId",
                        column: x => x.DecommissioningCaseId,
                        principalTable: "DecommissioningCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DecommissioningCases_ContractId",
                table: "DecommissioningCases",
                column: "ContractId");

            migrationBuilder.CreateIndex(
                name: "IX_DecommissioningCases_DecisionId",
                table: "DecommissioningCases",
                column: "DecisionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DecommissioningCases_Status",
                table: "DecommissioningCases",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_DecommissioningChecklist_DecommissioningCaseId",
                table: "DecommissioningChecklist",
                column: "DecommissioningCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_DecommissioningCompactNotices_DecommissioningCaseId",
                table: "DecommissioningCompactNotices",
                column: "DecommissioningCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_DecommissioningCompactNotices_ProviderId",
                table: "DecommissioningCompactNotices",
                column: "ProviderId");

            migrationBuilder.CreateIndex(
                name: "IX_DecommissioningEngagement_DecommissioningCaseId",
                table: "DecommissioningEngagement",
                column: "DecommissioningCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_DecommissioningExitTasks_DecommissioningCaseId_Number",
                table: "DecommissioningExitTasks",
                columns: new[] { "DecommissioningCaseId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DecommissioningExitTasks_DueOn",
                table: "DecommissioningExitTasks",
                column: "DueOn");

            migrationBuilder.CreateIndex(
                name: "IX_DecommissioningStakeholders_DecommissioningCaseId",
                table: "DecommissioningStakeholders",
                column: "DecommissioningCaseId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DecommissioningChecklist");

            migrationBuilder.DropTable(
                name: "DecommissioningCompactNotices");

            migrationBuilder.DropTable(
                name: "DecommissioningEngagement");

            migrationBuilder.DropTable(
                name: "DecommissioningExitTasks");

            migrationBuilder.DropTable(
                name: "DecommissioningStakeholders");

            migrationBuilder.DropTable(
                name: "DecommissioningCases");

            migrationBuilder.DropColumn(
                name: "HasThirdSectorProvider",
                table: "Contracts");

            migrationBuilder.DropColumn(
                name: "CompactNoticeGivenOn",
                table: "ContractExtensions");

            migrationBuilder.DropColumn(
                name: "CompactNoticeHow",
                table: "ContractExtensions");

            migrationBuilder.DropColumn(
                name: "CompactShortNoticeReason",
                table: "ContractExtensions");

            migrationBuilder.DropColumn(
                name: "CompactNoticeGivenOn",
                table: "ContractChanges");

            migrationBuilder.DropColumn(
                name: "CompactNoticeHow",
                table: "ContractChanges");

            migrationBuilder.DropColumn(
                name: "CompactShortNoticeReason",
                table: "ContractChanges");
        }
    }
}
