using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LeedsCommissioning.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// The public opportunities list's version counter (docs/benchmarks.md, "What was changed: the contract page and the
    /// public list"), in SQL the model does not describe: OpportunityVersion, one row whose counter triggers raise on
    /// every insert, update and delete of opportunities, their lots and commissioning organisations, so each instance
    /// can tell when the open opportunities it keeps (OpenOpportunities) are out of date.
    /// SQLite drops a table's triggers when a migration rebuilds the table: a later migration that rebuilds one of
    /// these tables must create its triggers again (The_public_list_follows_every_change fails if not).
    /// </summary>
    public partial class OpportunityVersion : Migration
    {
        private static readonly string[] VersionedTables = ["Opportunities", "Lot", "CommissioningOrganisations"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE TABLE \"OpportunityVersion\" (\"Id\" INTEGER NOT NULL CONSTRAINT \"PK_OpportunityVersion\" PRIMARY KEY, \"Version\" INTEGER NOT NULL);");
            migrationBuilder.Sql("INSERT INTO \"OpportunityVersion\" (\"Id\", \"Version\") VALUES (1, 1);");
            foreach (var table in VersionedTables)
            {
                foreach (var change in new[] { "INSERT", "UPDATE", "DELETE" })
                {
                    migrationBuilder.Sql($"CREATE TRIGGER \"OpportunityVersion_{table}_{change}\" AFTER {change} ON \"{table}\" BEGIN "
                        + "UPDATE \"OpportunityVersion\" SET \"Version\" = \"Version\" + 1 WHERE \"Id\" = 1; END;");
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
                    migrationBuilder.Sql($"DROP TRIGGER IF EXISTS \"OpportunityVersion_{table}_{change}\";");
                }
            }

            migrationBuilder.Sql("DROP TABLE IF EXISTS \"OpportunityVersion\";");
        }
    }
}
