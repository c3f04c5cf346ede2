using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LeedsCommissioning.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class ContractDocumentContents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ParentKey",
                table: "AuditEntries",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ParentType",
                table: "AuditEntries",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ContractDocumentContents",
                columns: table => new
                {
                    StorageKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContractDocumentContents", x => x.StorageKey);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_ParentType_ParentKey",
                table: "AuditEntries",
                columns: new[] { "ParentType", "ParentKey" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ContractDocumentContents");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_ParentType_ParentKey",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "ParentKey",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "ParentType",
                table: "AuditEntries");
        }
    }
}
