using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LeedsCommissioning.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// The register's search and its version counter (docs/benchmarks.md, "What was changed: the register and the
    /// directory"), in SQL the model does not describe:
    /// <list type="bullet">
    /// <item>ContractSearch, an FTS5 table with the trigram tokenizer holding each contract's reference, title and
    /// every provider's name (row id = the contract's id), so a substring search is an index lookup
    /// (ContractQueries.Matching). Triggers on Contracts, ContractProviders and Providers keep it up to date, whoever
    /// writes: the app, an import or a data load.</item>
    /// <item>RegisterVersion, one row whose counter triggers raise on every change to contracts, their providers and
    /// funding, providers and commissioning organisations, so each instance can tell when figures it keeps
    /// (RegisterFigures) are out of date.</item>
    /// </list>
    /// SQLite drops a table's triggers when a migration rebuilds the table: a later migration that rebuilds one of
    /// these tables must create its triggers again (Register_search_and_totals_follow_every_change fails if not).
    /// </summary>
    public partial class RegisterSearch : Migration
    {
        private const string ProvidersOf = "(SELECT group_concat(p.\"Name\", char(10)) FROM \"ContractProviders\" AS cp JOIN \"Providers\" AS p ON p.\"Id\" = cp.\"ProviderId\" WHERE cp.\"ContractId\" = {0})";

        private static readonly string[] VersionedTables = ["Contracts", "ContractProviders", "FundingContributions", "Providers", "CommissioningOrganisations"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE VIRTUAL TABLE \"ContractSearch\" USING fts5(\"Reference\", \"Title\", \"Providers\", tokenize = 'trigram');");
            migrationBuilder.Sql("INSERT INTO \"ContractSearch\" (rowid, \"Reference\", \"Title\", \"Providers\") SELECT c.\"Id\", c.\"Reference\", c.\"Title\", "
                + string.Format(System.Globalization.CultureInfo.InvariantCulture, ProvidersOf, "c.\"Id\"") + " FROM \"Contracts\" AS c;");
            migrationBuilder.Sql("CREATE TRIGGER \"ContractSearch_ContractInserted\" AFTER INSERT ON \"Contracts\" BEGIN "
                + "INSERT INTO \"ContractSearch\" (rowid, \"Reference\", \"Title\", \"Providers\") VALUES (new.\"Id\", new.\"Reference\", new.\"Title\", "
                + Of("new.\"Id\"") + "); END;");
            migrationBuilder.Sql("CREATE TRIGGER \"ContractSearch_ContractUpdated\" AFTER UPDATE OF \"Reference\", \"Title\" ON \"Contracts\" BEGIN "
                + "UPDATE \"ContractSearch\" SET \"Reference\" = new.\"Reference\", \"Title\" = new.\"Title\" WHERE rowid = new.\"Id\"; END;");
            migrationBuilder.Sql("CREATE TRIGGER \"ContractSearch_ContractDeleted\" AFTER DELETE ON \"Contracts\" BEGIN "
                + "DELETE FROM \"ContractSearch\" WHERE rowid = old.\"Id\"; END;");
            migrationBuilder.Sql("CREATE TRIGGER \"ContractSearch_PartInserted\" AFTER INSERT ON \"ContractProviders\" BEGIN "
                + "UPDATE \"ContractSearch\" SET \"Providers\" = " + Of("new.\"ContractId\"") + " WHERE rowid = new.\"ContractId\"; END;");
            migrationBuilder.Sql("CREATE TRIGGER \"ContractSearch_PartDeleted\" AFTER DELETE ON \"ContractProviders\" BEGIN "
                + "UPDATE \"ContractSearch\" SET \"Providers\" = " + Of("old.\"ContractId\"") + " WHERE rowid = old.\"ContractId\"; END;");
            migrationBuilder.Sql("CREATE TRIGGER \"ContractSearch_PartUpdated\" AFTER UPDATE OF \"ContractId\", \"ProviderId\" ON \"ContractProviders\" BEGIN "
                + "UPDATE \"ContractSearch\" SET \"Providers\" = " + Of("old.\"ContractId\"") + " WHERE rowid = old.\"ContractId\"; "
                + "UPDATE \"ContractSearch\" SET \"Providers\" = " + Of("new.\"ContractId\"") + " WHERE rowid = new.\"ContractId\"; END;");
            migrationBuilder.Sql("CREATE TRIGGER \"ContractSearch_ProviderRenamed\" AFTER UPDATE OF \"Name\" ON \"Providers\" BEGIN "
                + "UPDATE \"ContractSearch\" SET \"Providers\" = " + Of("\"ContractSearch\".rowid")
                + " WHERE rowid IN (SELECT \"ContractId\" FROM \"ContractProviders\" WHERE \"ProviderId\" = new.\"Id\"); END;");

            migrationBuilder.Sql("CREATE TABLE \"RegisterVersion\" (\"Id\" INTEGER NOT NULL CONSTRAINT \"PK_RegisterVersion\" PRIMARY KEY, \"Version\" INTEGER NOT NULL);");
            migrationBuilder.Sql("INSERT INTO \"RegisterVersion\" (\"Id\", \"Version\") VALUES (1, 1);");
            foreach (var table in VersionedTables)
            {
                foreach (var change in new[] { "INSERT", "UPDATE", "DELETE" })
                {
                    migrationBuilder.Sql($"CREATE TRIGGER \"RegisterVersion_{table}_{change}\" AFTER {change} ON \"{table}\" BEGIN "
                        + "UPDATE \"RegisterVersion\" SET \"Version\" = \"Version\" + 1 WHERE \"Id\" = 1; END;");
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
                    migrationBuilder.Sql($"DROP TRIGGER IF EXISTS \"RegisterVersion_{table}_{change}\";");
                }
            }

            migrationBuilder.Sql("DROP TABLE IF EXISTS \"RegisterVersion\";");
            foreach (var trigger in new[] { "ContractInserted", "ContractUpdated", "ContractDeleted", "PartInserted", "PartDeleted", "PartUpdated", "ProviderRenamed" })
            {
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS \"ContractSearch_{trigger}\";");
            }

            migrationBuilder.Sql("DROP TABLE IF EXISTS \"ContractSearch\";");
        }

        private static string Of(string contractId) => string.Format(System.Globalization.CultureInfo.InvariantCulture, ProvidersOf, contractId);
    }
}
