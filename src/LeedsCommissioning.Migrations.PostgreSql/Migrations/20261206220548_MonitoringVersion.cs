using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LeedsCommissioning.Migrations.PostgreSql.Migrations
{
    /// <summary>
    /// The monitoring version counter (docs/benchmarks.md, "The dashboard and the monitoring list: session 12"), in SQL
    /// the model does not describe: MonitoringVersion, one row whose counter a statement trigger raises on every change to the monitoring plans and their parts (measures,
    /// CQC locations, CQUINs, steering group), the quarterly returns and their actuals, social value and reviews, actions
    /// and evidence, and to what else the dashboard reads that the register's and the opportunities' counters do not
    /// cover (contracts' social value commitments, the social value library, bids). The dashboard's figures
    /// (DashboardQueries) and the monitoring list (MonitoringList) are kept per version, so each instance can tell when
    /// what it keeps is out of date.
    /// </summary>
    public partial class MonitoringVersion : Migration
    {
        private static readonly string[] VersionedTables = ["MonitoringPlans", "MonitoringMeasures", "MonitoringCqcLocations", "MonitoringCquins", "MonitoringSteeringGroup", "QuarterlyReturns", "QuarterlyReturnActuals", "QuarterlyReturnSocialValue", "MonitoringReviews", "MonitoringActions", "MonitoringEvidence", "ContractCommitments", "SocialValueCriteria", "Bid"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE TABLE \"MonitoringVersion\" (\"Id\" integer NOT NULL CONSTRAINT \"PK_MonitoringVersion\" PRIMARY KEY, \"Version\" bigint NOT NULL);");
            migrationBuilder.Sql("INSERT INTO \"MonitoringVersion\" (\"Id\", \"Version\") VALUES (1, 1);");
            migrationBuilder.Sql("""
                CREATE FUNCTION monitoring_version_raise() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE "MonitoringVersion" SET "Version" = "Version" + 1 WHERE "Id" = 1;
                    RETURN NULL;
                END
                $$;
                """);
            foreach (var table in VersionedTables)
            {
                migrationBuilder.Sql($"CREATE TRIGGER \"MonitoringVersion_{table}\" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON \"{table}\" "
                    + "FOR EACH STATEMENT EXECUTE FUNCTION monitoring_version_raise();");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in VersionedTables)
            {
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS \"MonitoringVersion_{table}\" ON \"{table}\";");
            }

            migrationBuilder.Sql("DROP FUNCTION IF EXISTS monitoring_version_raise();");
            migrationBuilder.Sql("DROP TABLE IF EXISTS \"MonitoringVersion\";");
        }
    }
}
