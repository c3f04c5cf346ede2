using LeedsCommissioning.Infrastructure.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LeedsCommissioning.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// Lets a bulk import of new contracts index them for the register's search once, at the end, instead of row by row
    /// (ContractSearchIndex in LeedsCommissioning.Infrastructure; docs/benchmarks.md, "What was changed: the import
    /// (session 7)"). While the one row of ContractSearchDeferred exists, the triggers that index a new contract and
    /// re-index a contract each time one of its providers is added, changed or removed do nothing; the import writes that
    /// row, its contracts, then indexes every contract added since the row was written, and deletes the row, all in its
    /// own transaction: no other connection ever sees the search paused. Re-indexing a contract's providers on each of
    /// its provider rows was three quarters of the import's time in SQLite. Only SQLite has these triggers: PostgreSQL and
    /// SQL Server search through their own indexes, which need no such help.
    /// </summary>
    [DbContext(typeof(CommissioningDbContext))]
    [Migration("20261206060000_ContractSearchDeferral")]
    public partial class ContractSearchDeferral : Migration
    {
        private const string ProvidersOf = "(SELECT group_concat(p.\"Name\", char(10)) FROM \"ContractProviders\" AS cp JOIN \"Providers\" AS p ON p.\"Id\" = cp.\"ProviderId\" WHERE cp.\"ContractId\" = {0})";

        private const string NotDeferred = "WHEN NOT EXISTS (SELECT 1 FROM \"ContractSearchDeferred\")";

        private static readonly string[] Deferrable = ["ContractInserted", "PartInserted", "PartDeleted", "PartUpdated"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE TABLE \"ContractSearchDeferred\" (\"Id\" INTEGER NOT NULL CONSTRAINT \"PK_ContractSearchDeferred\" PRIMARY KEY, \"AfterContractId\" INTEGER NOT NULL);");
            Create(migrationBuilder, NotDeferred + " ");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            Create(migrationBuilder, "");
            migrationBuilder.Sql("DROP TABLE IF EXISTS \"ContractSearchDeferred\";");
        }

        private static void Create(MigrationBuilder migrationBuilder, string when)
        {
            foreach (var trigger in Deferrable)
            {
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS \"ContractSearch_{trigger}\";");
            }

            migrationBuilder.Sql("CREATE TRIGGER \"ContractSearch_ContractInserted\" AFTER INSERT ON \"Contracts\" " + when + "BEGIN "
                + "INSERT INTO \"ContractSearch\" (rowid, \"Reference\", \"Title\", \"Providers\") VALUES (new.\"Id\", new.\"Reference\", new.\"Title\", "
                + Of("new.\"Id\"") + "); END;");
            migrationBuilder.Sql("CREATE TRIGGER \"ContractSearch_PartInserted\" AFTER INSERT ON \"ContractProviders\" " + when + "BEGIN "
                + "UPDATE \"ContractSearch\" SET \"Providers\" = " + Of("new.\"ContractId\"") + " WHERE rowid = new.\"ContractId\"; END;");
            migrationBuilder.Sql("CREATE TRIGGER \"ContractSearch_PartDeleted\" AFTER DELETE ON \"ContractProviders\" " + when + "BEGIN "
                + "UPDATE \"ContractSearch\" SET \"Providers\" = " + Of("old.\"ContractId\"") + " WHERE rowid = old.\"ContractId\"; END;");
            migrationBuilder.Sql("CREATE TRIGGER \"ContractSearch_PartUpdated\" AFTER UPDATE OF \"ContractId\", \"ProviderId\" ON \"ContractProviders\" " + when + "BEGIN "
                + "UPDATE \"ContractSearch\" SET \"Providers\" = " + Of("old.\"ContractId\"") + " WHERE rowid = old.\"ContractId\"; "
                + "UPDATE \"ContractSearch\" SET \"Providers\" = " + Of("new.\"ContractId\"") + " WHERE rowid = new.\"ContractId\"; END;");
        }

        private static string Of(string contractId) => string.Format(System.Globalization.CultureInfo.InvariantCulture, ProvidersOf, contractId);
    }
}
