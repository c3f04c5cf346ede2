using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LeedsCommissioning.Migrations.SqlServer.Migrations
{
    /// <summary>
    /// The public opportunities list's version counter (docs/benchmarks.md, "What was changed: the contract page and the
    /// public list"), in SQL the model does not describe, as RegisterSearch keeps the register's: SQL Server's change
    /// tracking (already on for the database and for CommissioningOrganisations since RegisterSearch) is switched on for
    /// Opportunities and Lot, and the view OpportunityVersion shows CHANGE_TRACKING_CURRENT_VERSION() in the shape the
    /// other providers' table has, so OpenOpportunities reads it the same way. The number is the database's, so it also
    /// moves with changes to the register's tables: the list is then read again, never shown stale.
    /// </summary>
    public partial class OpportunityVersion : Migration
    {
        private static readonly string[] VersionedTables = ["Opportunities", "Lot"];

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

            migrationBuilder.Sql("CREATE VIEW [OpportunityVersion] AS SELECT CAST(1 AS int) AS [Id], CAST(ISNULL(CHANGE_TRACKING_CURRENT_VERSION(), 0) AS bigint) AS [Version];");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP VIEW IF EXISTS [OpportunityVersion];");
            foreach (var table in VersionedTables)
            {
                migrationBuilder.Sql($"ALTER TABLE [{table}] DISABLE CHANGE_TRACKING;");
            }
        }
    }
}
