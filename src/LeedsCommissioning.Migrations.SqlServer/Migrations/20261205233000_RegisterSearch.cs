using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LeedsCommissioning.Migrations.SqlServer.Migrations
{
    /// <summary>
    /// The register's version counter (docs/benchmarks.md, "What was changed: the register and the directory"), in SQL
    /// the model does not describe. SQL Server's change tracking keeps the counter: CHANGE_TRACKING_CURRENT_VERSION()
    /// moves on with every committed change to a tracked table, and the view RegisterVersion shows it in the shape the
    /// other providers' table has, so RegisterFigures reads it the same way. Change tracking needs no triggers, which
    /// would stop EF Core using OUTPUT on these tables. It needs ALTER DATABASE permission, outside a transaction.
    /// The register's search stays LIKE on SQL Server (a scan; docs/benchmarks.md says why and what full-text would need).
    /// </summary>
    public partial class RegisterSearch : Migration
    {
        private static readonly string[] VersionedTables = ["Contracts", "ContractProviders", "FundingContributions", "Providers", "CommissioningOrganisations"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                IF NOT EXISTS (SELECT 1 FROM sys.change_tracking_databases WHERE database_id = DB_ID())
                    EXEC('ALTER DATABASE CURRENT SET CHANGE_TRACKING = ON (CHANGE_RETENTION = 2 DAYS, AUTO_CLEANUP = ON)');
                """, suppressTransaction: true);
            foreach (var table in VersionedTables)
            {
                migrationBuilder.Sql($"ALTER TABLE [{table}] ENABLE CHANGE_TRACKING;");
            }

            migrationBuilder.Sql("CREATE VIEW [RegisterVersion] AS SELECT CAST(1 AS int) AS [Id], CAST(ISNULL(CHANGE_TRACKING_CURRENT_VERSION(), 0) AS bigint) AS [Version];");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP VIEW IF EXISTS [RegisterVersion];");
            foreach (var table in VersionedTables)
            {
                migrationBuilder.Sql($"ALTER TABLE [{table}] DISABLE CHANGE_TRACKING;");
            }
        }
    }
}
