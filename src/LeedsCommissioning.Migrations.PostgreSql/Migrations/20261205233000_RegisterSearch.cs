using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LeedsCommissioning.Migrations.PostgreSql.Migrations
{
    /// <summary>
    /// The register's search and its version counter (docs/benchmarks.md, "What was changed: the register and the
    /// directory"), in SQL the model does not describe:
    /// <list type="bullet">
    /// <item>pg_trgm GIN indexes on the lower-cased reference, title and provider name, which answer the register's
    /// substring search (LIKE '%text%' on lower(...), ContractQueries.Matching) and the provider suggestions without
    /// reading every row. pg_trgm is a trusted extension: a database owner may create it (docs/operations.md).</item>
    /// <item>RegisterVersion, one row whose counter a statement trigger raises on every change to contracts, their
    /// providers and funding, providers and commissioning organisations, so each instance can tell when figures it
    /// keeps (RegisterFigures) are out of date.</item>
    /// </list>
    /// </summary>
    public partial class RegisterSearch : Migration
    {
        private static readonly string[] VersionedTables = ["Contracts", "ContractProviders", "FundingContributions", "Providers", "CommissioningOrganisations"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS pg_trgm;");
            migrationBuilder.Sql("CREATE INDEX \"IX_Contracts_Reference_Trigram\" ON \"Contracts\" USING gin (lower(\"Reference\") gin_trgm_ops);");
            migrationBuilder.Sql("CREATE INDEX \"IX_Contracts_Title_Trigram\" ON \"Contracts\" USING gin (lower(\"Title\") gin_trgm_ops);");
            migrationBuilder.Sql("CREATE INDEX \"IX_Providers_Name_Trigram\" ON \"Providers\" USING gin (lower(\"Name\") gin_trgm_ops);");

            migrationBuilder.Sql("CREATE TABLE \"RegisterVersion\" (\"Id\" integer NOT NULL CONSTRAINT \"PK_RegisterVersion\" PRIMARY KEY, \"Version\" bigint NOT NULL);");
            migrationBuilder.Sql("INSERT INTO \"RegisterVersion\" (\"Id\", \"Version\") VALUES (1, 1);");
            migrationBuilder.Sql("""
                CREATE FUNCTION register_version_raise() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE "RegisterVersion" SET "Version" = "Version" + 1 WHERE "Id" = 1;
                    RETURN NULL;
                END
                $$;
                """);
            foreach (var table in VersionedTables)
            {
                migrationBuilder.Sql($"CREATE TRIGGER \"RegisterVersion_{table}\" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON \"{table}\" "
                    + "FOR EACH STATEMENT EXECUTE FUNCTION register_version_raise();");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in VersionedTables)
            {
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS \"RegisterVersion_{table}\" ON \"{table}\";");
            }

            migrationBuilder.Sql("DROP FUNCTION IF EXISTS register_version_raise();");
            migrationBuilder.Sql("DROP TABLE IF EXISTS \"RegisterVersion\";");
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_Providers_Name_Trigram\";");
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_Contracts_Title_Trigram\";");
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_Contracts_Reference_Trigram\";");
        }
    }
}
