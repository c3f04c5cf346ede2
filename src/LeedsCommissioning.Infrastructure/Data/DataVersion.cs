using System.Data;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace LeedsCommissioning.Infrastructure.Data;

/// <summary>
/// The counters that database triggers raise on every change to a part of the data (RegisterVersion, migration
/// RegisterSearch; OpportunityVersion, migration OpportunityVersion), whoever makes the change: this instance, another
/// one, an import or a script. What an instance keeps between requests is kept against the version it was made at,
/// and each request reads the version first (docs/benchmarks.md).
/// </summary>
public static class DataVersion
{
    /// <summary>Contracts, their providers and funding, providers and commissioning organisations.</summary>
    public const string Register = "RegisterVersion";

    /// <summary>Opportunities, their lots and commissioning organisations.</summary>
    public const string Opportunities = "OpportunityVersion";

    /// <summary>
    /// The counter's value: one command on the context's connection, opened through EF Core so its connection
    /// interceptors run. Not an EF query: this runs on every request of the pages that keep figures, and EF's raw SQL
    /// query path (a query root, the compiled-query cache and its lock) cost more than the read itself under load.
    /// </summary>
    public static async Task<long> ReadAsync(DbContext db, string counter, CancellationToken cancellationToken = default)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != ConnectionState.Open;
        if (opened)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = counter switch
            {
                Register or Opportunities => $"SELECT \"Version\" FROM \"{counter}\" WHERE \"Id\" = 1",
                _ => throw new ArgumentOutOfRangeException(nameof(counter), counter, "Not a data version counter"),
            };
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        }
        finally
        {
            if (opened)
            {
                await db.Database.CloseConnectionAsync();
            }
        }
    }
}
