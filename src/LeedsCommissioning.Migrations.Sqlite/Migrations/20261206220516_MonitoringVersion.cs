using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LeedsCommissioning.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// The monitoring version counter (docs/benchmarks.md, "The dashboard and the monitoring list: session 12"), in SQL
    /// the model does not describe: MonitoringVersion, one row whose counter triggers raise on every change to the monitoring plans and their parts (measures,
    /// CQC locations, CQUINs, steering group), the quarterly returns and their actuals, social value and reviews, actions
    /// and evidence, and to what else the dashboard reads that the register's and the opportunities' counters do not
    /// cover (contracts' social value commitments, the social value library, bids). The dashboard's figures
    /// (DashboardQueries) and the monitoring list (MonitoringList) are kept per version, so each instance can tell when
    /// what it keeps is out of date.
    /// SQLite drops a table's triggers when a migration rebuilds the table: a later migration that rebuilds one of
    /// these tables must create its triggers again (The_dashboard_and_the_monitoring_list_follow_every_change fails if not).
    /// </summary>
    public partial class MonitoringVersion : Migration
    {
        private static readonly string[] VersionedTables = ["MonitoringPlans", "MonitoringMeasures", "MonitoringCqcLocations", "MonitoringCquins", "MonitoringSteeringGroup", "QuarterlyReturns", "QuarterlyReturnActuals", "QuarterlyReturnSocialValue", "MonitoringReviews", "MonitoringActions", "MonitoringEvidence", "ContractCommitments", "SocialValueCriteria", "Bid"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE TABLE \"MonitoringVersion\" (\"Id\" INTEGER NOT NULL CONSTRAINT \"PK_MonitoringVersion\" PRIMARY KEY, \"Version\" INTEGER NOT NULL);");
            migrationBuilder.Sql("INSERT INTO \"MonitoringVersion\" (\"Id\", \"Version\") VALUES (1, 1);");
            foreach (var table in VersionedTables)
            {
                foreach (var change in new[] { "INSERT", "UPDATE", "DELETE" })
                {
                    migrationBuilder.Sql($"CREATE TRIGGER \"MonitoringVersion_{table}_{change}\" AFTER {change} ON \"{table}\" BEGIN "
                        + "UPDATE \"MonitoringVersion\" SET \"Version\" = \"Version\" + 1 WHERE \"Id\" = 1; END;");
                }
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in VersionedTables)
            {
                foreach (var change in new[] { "INSERT", "UPDATE", "DELETE" })
                {
                    migrationBuilder.Sql($"DROP TRIGGER IF EXISTS \"MonitoringVersion_{table}_{change}\";");
                }
            }

            migrationBuilder.Sql("DROP TABLE IF EXISTS \"MonitoringVersion\";");
        }
    }
}
