using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LeedsCommissioning.Migrations.PostgreSql.Migrations
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
            migrationBuilder.Sql("CREATE TRIGGER \"RegisterVersion_ProviderWards\" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON \"ProviderWards\" "
                + "FOR EACH STATEMENT EXECUTE FUNCTION register_version_raise();");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"RegisterVersion_ProviderWards\" ON \"ProviderWards\";");
        }
    }
}
