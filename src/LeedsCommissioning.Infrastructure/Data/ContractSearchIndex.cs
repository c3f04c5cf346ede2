using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Infrastructure.Data;

/// <summary>
/// The register's search index on SQLite (ContractSearch, an FTS5 table kept by triggers: migrations RegisterSearch and
/// ContractSearchDeferral). A bulk import of new contracts defers their indexing to one statement at its end, instead
/// of indexing each contract as it is added and again as each of its providers is added: see
/// <see cref="DeferForNewContractsAsync"/>. PostgreSQL and SQL Server search through their own indexes, so there the
/// deferral does nothing.
/// </summary>
public static class ContractSearchIndex
{
    private const string IndexNewContracts =
        "INSERT INTO \"ContractSearch\" (rowid, \"Reference\", \"Title\", \"Providers\") "
        + "SELECT c.\"Id\", c.\"Reference\", c.\"Title\", "
        + "(SELECT group_concat(p.\"Name\", char(10)) FROM \"ContractProviders\" AS cp JOIN \"Providers\" AS p ON p.\"Id\" = cp.\"ProviderId\" WHERE cp.\"ContractId\" = c.\"Id\") "
        + "FROM \"Contracts\" AS c WHERE c.\"Id\" > (SELECT \"AfterContractId\" FROM \"ContractSearchDeferred\" WHERE \"Id\" = 1);";

    /// <summary>
    /// From now until <see cref="DeferredIndexing.CompleteAsync"/>, contracts added in the caller's transaction are not
    /// indexed one by one; CompleteAsync indexes every contract added since, with its providers, in one statement, and
    /// ends the deferral. Only for adding new contracts with their providers: a change to an existing contract's
    /// providers while deferred would not be re-indexed. Must run inside a transaction, so that no other connection ever
    /// sees the index deferred, and a failed import rolls the deferral back with everything else.
    /// </summary>
    public static async Task<DeferredIndexing> DeferForNewContractsAsync(DbContext db, CancellationToken cancellationToken = default)
    {
        if (!db.Database.IsSqlite())
        {
            return new DeferredIndexing(null);
        }

        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("The search index can only be deferred inside a transaction.");
        }

        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO \"ContractSearchDeferred\" (\"Id\", \"AfterContractId\") SELECT 1, coalesce(max(\"Id\"), 0) FROM \"Contracts\";", cancellationToken);
        return new DeferredIndexing(db);
    }

    /// <summary>A deferral begun by <see cref="DeferForNewContractsAsync"/>.</summary>
    public sealed class DeferredIndexing(DbContext? db)
    {
        /// <summary>Indexes the contracts added since the deferral began, and ends it.</summary>
        public async Task CompleteAsync(CancellationToken cancellationToken = default)
        {
            if (db is null)
            {
                return;
            }

            await db.Database.ExecuteSqlRawAsync(IndexNewContracts + " DELETE FROM \"ContractSearchDeferred\";", cancellationToken);
        }
    }
}
