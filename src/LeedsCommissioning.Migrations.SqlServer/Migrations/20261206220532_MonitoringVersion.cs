using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LeedsCommissioning.Migrations.SqlServer.Migrations
{
    /// <summary>
    /// The monitoring version counter (docs/benchmarks.md, "The dashboard and the monitoring list: session 12"), in SQL
    /// the model does not describe, as RegisterSearch and OpportunityVersion keep theirs: SQL Server's change tracking
    /// (already on for the database since RegisterSearch) is switched on for the monitoring plans and their parts, the
    /// quarterly returns and their lines and reviews, actions, evidence, contracts' social value commitments, the social
    /// value library and bids, and the view MonitoringVersion shows CHANGE_TRACKING_CURRENT_VERSION() in the shape the
    /// other providers' table has, so the dashboard (DashboardQueries) and the monitoring list (MonitoringList) read it
    /// the same way. The number is the database's, so it also moves with changes to other tracked tables: what is kept
    /// is then computed again, never shown stale.
    /// </summary>
    public partial class MonitoringVersion : Migration
    {
        private static readonly string[] VersionedTables = ["MonitoringPlans", "MonitoringMeasures", "MonitoringCqcLocations", "MonitoringCquins", "MonitoringSteeringGroup", "QuarterlyReturns", "QuarterlyReturnActuals", "QuarterlyReturnSocialValue", "MonitoringReviews", "MonitoringActions", "MonitoringEvidence", "ContractCommitments", "SocialValueCriteria", "Bid"];

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

            migrationBuilder.Sql("CREATE VIEW [MonitoringVersion] AS SELECT CAST(1 AS int) AS [Id], CAST(ISNULL(CHANGE_TRACKING_CURRENT_VERSION(), 0) AS bigint) AS [Version];");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP VIEW IF EXISTS [MonitoringVersion];");
            foreach (var table in VersionedTables)
            {
                migrationBuilder.Sql($"ALTER TABLE [{table}] DISABLE CHANGE_TRACKING;");
            }
        }
    }
}
