using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LeedsCommissioning.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// The work version counter (docs/benchmarks.md, "Home pages: session 16"), in SQL the model does not describe:
    /// WorkVersion, one row whose counter triggers raise on every change to what the home pages' work sources read that the register's, the opportunities'
    /// and the monitoring counters do not cover: opportunities' approval steps, CPR waivers, award recommendations, cases for
    /// change, contract changes and decision records, clarification questions, interest registrations, bid openings and
    /// their entries, evaluation panels, their members and declarations, score sheets, and reminders. Each person's home
    /// page work (HomeWork, kept by KeptHomeWork) is kept against the four counters and the UK date, so each instance can
    /// tell when what it keeps is out of date.
    /// SQLite drops a table's triggers when a migration rebuilds the table: a later migration that rebuilds one of
    /// these tables must create its triggers again (Home/The_home_page_follows_every_change fails if not).
    /// </summary>
    public partial class WorkVersion : Migration
    {
        private static readonly string[] VersionedTables = ["ApprovalStep", "CprWaivers", "LotAwards", "DecommissioningCases", "ContractChanges", "DecisionRecords", "ClarificationQuestions", "InterestRegistrations", "BidOpenings", "OpenedBidEntry", "EvaluationPanels", "PanelMember", "ConflictDeclaration", "ScoreSheets", "Reminders"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE TABLE \"WorkVersion\" (\"Id\" INTEGER NOT NULL CONSTRAINT \"PK_WorkVersion\" PRIMARY KEY, \"Version\" INTEGER NOT NULL);");
            migrationBuilder.Sql("INSERT INTO \"WorkVersion\" (\"Id\", \"Version\") VALUES (1, 1);");
            foreach (var table in VersionedTables)
            {
                foreach (var change in new[] { "INSERT", "UPDATE", "DELETE" })
                {
                    migrationBuilder.Sql($"CREATE TRIGGER \"WorkVersion_{table}_{change}\" AFTER {change} ON \"{table}\" BEGIN "
                        + "UPDATE \"WorkVersion\" SET \"Version\" = \"Version\" + 1 WHERE \"Id\" = 1; END;");
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
                    migrationBuilder.Sql($"DROP TRIGGER IF EXISTS \"WorkVersion_{table}_{change}\";");
                }
            }

            migrationBuilder.Sql("DROP TABLE IF EXISTS \"WorkVersion\";");
        }
    }
}
