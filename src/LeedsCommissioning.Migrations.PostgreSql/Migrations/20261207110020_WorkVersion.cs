using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LeedsCommissioning.Migrations.PostgreSql.Migrations
{
    /// <summary>
    /// The work version counter (docs/benchmarks.md, "Home pages: session 16"), in SQL the model does not describe:
    /// WorkVersion, one row whose counter a statement trigger raises on every change to what the home pages' work sources read that the register's, the opportunities'
    /// and the monitoring counters do not cover: opportunities' approval steps, CPR waivers, award recommendations, cases for
    /// change, contract changes and decision records, clarification questions, interest registrations, bid openings and
    /// their entries, evaluation panels, their members and declarations, score sheets, and reminders. Each person's home
    /// page work (HomeWork, kept by KeptHomeWork) is kept against the four counters and the UK date, so each instance can
    /// tell when what it keeps is out of date.
    /// </summary>
    public partial class WorkVersion : Migration
    {
        private static readonly string[] VersionedTables = ["ApprovalStep", "CprWaivers", "LotAwards", "DecommissioningCases", "ContractChanges", "DecisionRecords", "ClarificationQuestions", "InterestRegistrations", "BidOpenings", "OpenedBidEntry", "EvaluationPanels", "PanelMember", "ConflictDeclaration", "ScoreSheets", "Reminders"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE TABLE \"WorkVersion\" (\"Id\" integer NOT NULL CONSTRAINT \"PK_WorkVersion\" PRIMARY KEY, \"Version\" bigint NOT NULL);");
            migrationBuilder.Sql("INSERT INTO \"WorkVersion\" (\"Id\", \"Version\") VALUES (1, 1);");
            migrationBuilder.Sql("""
                CREATE FUNCTION work_version_raise() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE "WorkVersion" SET "Version" = "Version" + 1 WHERE "Id" = 1;
                    RETURN NULL;
                END
                $$;
                """);
            foreach (var table in VersionedTables)
            {
                migrationBuilder.Sql($"CREATE TRIGGER \"WorkVersion_{table}\" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON \"{table}\" "
                    + "FOR EACH STATEMENT EXECUTE FUNCTION work_version_raise();");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in VersionedTables)
            {
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS \"WorkVersion_{table}\" ON \"{table}\";");
            }

            migrationBuilder.Sql("DROP FUNCTION IF EXISTS work_version_raise();");
            migrationBuilder.Sql("DROP TABLE IF EXISTS \"WorkVersion\";");
        }
    }
}
