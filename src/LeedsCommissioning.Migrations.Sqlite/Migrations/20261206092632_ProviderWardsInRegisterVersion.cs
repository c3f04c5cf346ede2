using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LeedsCommissioning.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// Adds the providers' wards (ProviderWards) to the tables whose every change raises the register's version counter
    /// (migration RegisterSearch), because the Keep it Local counts kept per version (KeepItLocalFigures) read where each
    /// provider works: a ward added or removed by anyone, not only through the provider's page, must be seen at once.
    /// </summary>
    public partial class ProviderWardsInRegisterVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var change in new[] { "INSERT", "UPDATE", "DELETE" })
            {
                migrationBuilder.Sql($"CREATE TRIGGER \"RegisterVersion_ProviderWards_{change}\" AFTER {change} ON \"ProviderWards\" BEGIN "
                    + "UPDATE \"RegisterVersion\" SET \"Version\" = \"Version\" + 1 WHERE \"Id\" = 1; END;");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var change in new[] { "INSERT", "UPDATE", "DELETE" })
            {
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS \"RegisterVersion_ProviderWards_{change}\";");
            }
        }
    }
}
