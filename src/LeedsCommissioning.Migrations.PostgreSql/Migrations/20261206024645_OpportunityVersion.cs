using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LeedsCommissioning.Migrations.PostgreSql.Migrations
{
    /// <summary>
    /// The public opportunities list's version counter (docs/benchmarks.md, "What was changed: the contract page and the
    /// public list"), in SQL the model does not describe: OpportunityVersion, one row whose counter a statement trigger
    /// raises on every change to opportunities, their lots and commissioning organisations, so each instance can tell
    /// when the open opportunities it keeps (OpenOpportunities) are out of date.
    /// </summary>
    public partial class OpportunityVersion : Migration
    {
        private static readonly string[] VersionedTables = ["Opportunities", "Lot", "CommissioningOrganisations"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE TABLE \"OpportunityVersion\" (\"Id\" integer NOT NULL CONSTRAINT \"PK_OpportunityVersion\" PRIMARY KEY, \"Version\" bigint NOT NULL);");
            migrationBuilder.Sql("INSERT INTO \"OpportunityVersion\" (\"Id\", \"Version\") VALUES (1, 1);");
            migrationBuilder.Sql("""
                CREATE FUNCTION opportunity_version_raise() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE "OpportunityVersion" SET "Version" = "Version" + 1 WHERE "Id" = 1;
                    RETURN NULL;
                END
                $$;
                """);
            foreach (var table in VersionedTables)
            {
                migrationBuilder.Sql($"CREATE TRIGGER \"OpportunityVersion_{table}\" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON \"{table}\" "
                    + "FOR EACH STATEMENT EXECUTE FUNCTION opportunity_version_raise();");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in VersionedTables)
            {
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS \"OpportunityVersion_{table}\" ON \"{table}\";");
            }

            migrationBuilder.Sql("DROP FUNCTION IF EXISTS opportunity_version_raise();");
            migrationBuilder.Sql("DROP TABLE IF EXISTS \"OpportunityVersion\";");
        }
    }
}
