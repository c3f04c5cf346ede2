using System.Data;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace LeedsCommissioning.Infrastructure.Data;

/// <summary>
/// The counters that database triggers raise on every change to a part of the data (RegisterVersion, migration
/// RegisterSearch; OpportunityVersion, migration OpportunityVersion; MonitoringVersion, migration MonitoringVersion; WorkVersion, migration WorkVersion), whoever makes the change: this instance, another
/// one, an import or a script. What an instance keeps between requests is kept against the version it was made at,
/// and each request reads the version first (docs/benchmarks.md).
/// </summary>
public static class DataVersion
{
    /// <summary>
    /// Contracts, their providers and funding, providers and their wards, commissioning organisations; and the renewal
    /// plans and contract extensions, which the contract page's renewal line reads (migration RenewalsInRegisterVersion).
    /// </summary>
    public const string Register = "RegisterVersion";

    /// <summary>Opportunities, their lots and commissioning organisations.</summary>
    public const string Opportunities = "OpportunityVersion";

    /// <summary>
    /// Monitoring plans and their parts, quarterly returns, their lines and reviews, actions and evidence; and what else the
    /// dashboard reads that the two counters above do not cover: contracts' social value commitments, the social value
    /// library and bids.
    /// </summary>
    public const string Monitoring = "MonitoringVersion";

    /// <summary>
    /// What the home pages' work sources read that the three counters above do not cover (migration WorkVersion):
    /// opportunities' approval steps, CPR waivers, award recommendations, cases for change, contract changes and decision
    /// records, clarification questions, interest registrations, bid openings, evaluation panels and score sheets, reminders.
    /// </summary>
    public const string Work = "WorkVersion";

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
            command.CommandText = "SELECT " + Select(counter);
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

    /// <summary>
    /// Several counters' values, in the order asked, in one command (<c>SELECT (SELECT ...), (SELECT ...)</c>): what
    /// reads more than one part of the data (the dashboard) keeps its figures against all of their versions.
    /// </summary>
    public static async Task<long[]> ReadAsync(DbContext db, IReadOnlyList<string> counters, CancellationToken cancellationToken = default)
    {
        var selects = counters.Select(Select).ToList();
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != ConnectionState.Open;
        if (opened)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT " + string.Join(", ", selects);
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            var versions = new long[counters.Count];
            for (var i = 0; i < versions.Length; i++)
            {
                versions[i] = Convert.ToInt64(reader.GetValue(i), CultureInfo.InvariantCulture);
            }

            return versions;
        }
        finally
        {
            if (opened)
            {
                await db.Database.CloseConnectionAsync();
            }
        }
    }

    private static string Select(string counter) => counter switch
    {
        Register or Opportunities or Monitoring or Work => $"(SELECT \"Version\" FROM \"{counter}\" WHERE \"Id\" = 1)",
        _ => throw new ArgumentOutOfRangeException(nameof(counter), counter, "Not a data version counter"),
    };
}
