using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LeedsCommissioning.Infrastructure.Data;

/// <summary>
/// SQLite used as a server's database (docs/benchmarks.md, "What was changed: every request, the contract pages,
/// opportunities and import"). The database file is in write-ahead-log mode (EF Core creates it so, and
/// <see cref="OptimiseAsync"/> makes sure), in which <c>synchronous = NORMAL</c> is safe against corruption and
/// spares a disk flush on every commit; a writer waits up to five seconds for another (<c>busy_timeout</c>) instead of
/// failing; foreign keys are enforced (EF Core turns them on for every connection it opens).
/// <c>synchronous</c> and <c>busy_timeout</c> hold for one connection, so they are set each time one is opened.
/// </summary>
public sealed class SqliteConnectionSettings : DbConnectionInterceptor
{
    public static readonly SqliteConnectionSettings Instance = new();

    private const string PerConnection = "PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000;";

    /// <summary>
    /// The SQLite connections already set up. A pooled connection keeps its handle from one Open to the next, so the
    /// settings run once a connection, not once a query (docs/benchmarks.md).
    /// </summary>
    private readonly ConditionalWeakTable<object, object> _settled = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (FirstOpen(connection))
        {
            using var command = connection.CreateCommand();
            command.CommandText = PerConnection;
            command.ExecuteNonQuery();
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (FirstOpen(connection))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = PerConnection;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private bool FirstOpen(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || _settled.TryAdd(handle, handle);

    /// <summary>
    /// Gives SQLite's query planner its statistics, as SQLite advises for a long-lived application: <c>PRAGMA optimize</c>
    /// after the schema is migrated (0x10002: look at every table, and analyse those never analysed or much changed),
    /// and again now and then (the scheduled job <see cref="SqliteOptimiser"/>). <c>analysis_limit</c> keeps each ANALYZE to a sample, so it
    /// takes milliseconds even on the audit table. Without statistics SQLite can choose a poor join order
    /// (the providers directory walked every contract). Does nothing on other databases, which keep their own statistics.
    /// </summary>
    public static async Task OptimiseAsync(DbContext db, bool atStartUp, CancellationToken cancellationToken = default)
    {
        if (!db.Database.IsSqlite())
        {
            return;
        }

        if (atStartUp)
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);
        }

        await db.Database.ExecuteSqlRawAsync(
            atStartUp ? "PRAGMA analysis_limit = 1000; PRAGMA optimize = 0x10002;" : "PRAGMA analysis_limit = 1000; PRAGMA optimize;",
            cancellationToken);
    }
}
