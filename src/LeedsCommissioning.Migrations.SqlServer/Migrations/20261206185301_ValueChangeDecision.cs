using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LeedsCommissioning.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ValueChangeDecision : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ContractChangeProposedFunding",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FunderOrganisationId = table.Column<int>(type: "int", nullable: true),
                    PartnerName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Stream = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    AnnualAmount = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    ContractChangeId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContractChangeProposedFunding", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContractChangeProposedFunding_CommissioningOrganisations_FunderOrganisationId",
                        column: x => x.FunderOrganisationId,
                        principalTable: "CommissioningOrganisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ContractChangeProposedFunding_ContractChanges_ContractChangeId",
                        column: x => x.ContractChangeId,
                        principalTable: "ContractChanges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ContractChangeProposedFunding_ContractChangeId",
                table: "ContractChangeProposedFunding",
                column: "ContractChangeId");

            migrationBuilder.CreateIndex(
                name: "IX_ContractChangeProposedFunding_FunderOrganisationId",
                table: "ContractChangeProposedFunding",
                column: "FunderOrganisationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ContractChangeProposedFunding");
        }
    }
}
