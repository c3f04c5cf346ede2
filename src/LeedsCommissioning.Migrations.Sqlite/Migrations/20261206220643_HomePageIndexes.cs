using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LeedsCommissioning.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class HomePageIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_RenewalPlans_OwnerUserId",
                table: "RenewalPlans",
                column: "OwnerUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_ResponsibleCommissionerId",
                table: "Contracts",
                column: "ResponsibleCommissionerId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_RenewalPlans_OwnerUserId",
                table: "RenewalPlans");

            migrationBuilder.DropIndex(
                name: "IX_Contracts_ResponsibleCommissionerId",
                table: "Contracts");
        }
    }
}
