using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LeedsCommissioning.Migrations.SqlServer.Migrations
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
            migrationBuilder.Sql("ALTER TABLE [ProviderWards] ENABLE CHANGE_TRACKING;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("ALTER TABLE [ProviderWards] DISABLE CHANGE_TRACKING;");
        }
    }
}
