using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LeedsCommissioning.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class OrganisationTypeAndAreas : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int[]>(
                name: "Localities",
                table: "OrganisationApplications",
                type: "integer[]",
                nullable: false,
                defaultValue: new int[0]);

            migrationBuilder.AddColumn<int>(
                name: "Type",
                table: "OrganisationApplications",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Localities",
                table: "OrganisationApplications");

            migrationBuilder.DropColumn(
                name: "Type",
                table: "OrganisationApplications");
        }
    }
}
