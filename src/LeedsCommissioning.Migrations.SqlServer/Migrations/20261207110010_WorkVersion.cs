using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LeedsCommissioning.Migrations.SqlServer.Migrations
{
    /// <summary>
    /// The work version counter (docs/benchmarks.md, "Home pages: session 16"), in SQL the model does not describe, as
    /// RegisterSearch and MonitoringVersion keep theirs: SQL Server's change tracking (already on for the database since
    /// RegisterSearch) is switched on for the tables below, and the view WorkVersion shows CHANGE_TRACKING_CURRENT_VERSION()
    /// in the shape the other providers' table has, so it moves on every change to what the home pages' work sources read
    /// that the register's, the opportunities'
    /// and the monitoring counters do not cover: opportunities' approval steps, CPR waivers, award recommendations, cases for
    /// change, contract changes and decision records, clarification questions, interest registrations, bid openings and
    /// their entries, evaluation panels, their members and declarations, score sheets, and reminders. Each person's home
    /// page work (HomeWork, kept by KeptHomeWork) is kept against the four counters and the UK date, so each instance can
    /// tell when what it keeps is out of date.
    /// The number is the database's, so it also moves with changes to other tracked tables: what is kept is then computed
    /// again, never shown stale.
    /// </summary>
    public partial class WorkVersion : Migration
    {
        private static readonly string[] VersionedTables = ["ApprovalStep", "CprWaivers", "LotAwards", "DecommissioningCases", "ContractChanges", "DecisionRecords", "ClarificationQuestions", "InterestRegistrations", "BidOpenings", "OpenedBidEntry", "EvaluationPanels", "PanelMember", "ConflictDeclaration", "ScoreSheets", "Reminders"];

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

            migrationBuilder.Sql("CREATE VIEW [WorkVersion] AS SELECT CAST(1 AS int) AS [Id], CAST(ISNULL(CHANGE_TRACKING_CURRENT_VERSION(), 0) AS bigint) AS [Version];");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP VIEW IF EXISTS [WorkVersion];");
            foreach (var table in VersionedTables)
            {
                migrationBuilder.Sql($"ALTER TABLE [{table}] DISABLE CHANGE_TRACKING;");
            }
        }
    }
}
