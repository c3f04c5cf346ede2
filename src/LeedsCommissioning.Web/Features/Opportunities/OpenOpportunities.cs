using LeedsCommissioning.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Opportunities;

/// <summary>
/// The public list's rows (docs/benchmarks.md, "What was changed: the contract page and the public list"): every
/// opportunity open when they were read, projected for the list, kept per version of the opportunities' data, so the
/// database is asked for one counter per request and the list is filtered, counted and paged from the kept rows.
/// <para>
/// The version is a counter in the database (OpportunityVersion, migration OpportunityVersion) that triggers raise on
/// every insert, update and delete of opportunities, their lots and commissioning organisations, whoever makes the
/// change: this app, another instance of it or a script. Each request reads it, so an instance never shows a list
/// older than the data another instance has saved. Time closes opportunities without changing data: rows read at one
/// instant hold every opportunity open then, and each request keeps only those still open at its own instant
/// (<see cref="OpportunityReads.OpenAt"/>'s rule), so a deadline passing takes an opportunity off the list at once.
/// One set of rows is kept (a few hundred opportunities are open at a time, at regional scale).
/// </para>
/// </summary>
public sealed class OpenOpportunities(IServiceScopeFactory scopes)
{
    private readonly Lock _lock = new();
    private Kept? _kept;

    /// <summary>An open opportunity as the list shows it, with its description for the search.</summary>
    public sealed record Row(OpportunityListRow List, string? Description);

    /// <summary>The current version of the opportunities' data (<see cref="DataVersion"/>).</summary>
    public static Task<long> VersionAsync(CommissioningDbContext db, CancellationToken cancellationToken = default) =>
        DataVersion.ReadAsync(db, DataVersion.Opportunities, cancellationToken);

    /// <summary>The opportunities open at <paramref name="nowUtc"/>, soonest deadline first (then by id).</summary>
    public async Task<IReadOnlyList<Row>> OpenAtAsync(CommissioningDbContext db, DateTime nowUtc) => (await ListAtAsync(db, nowUtc)).Rows;

    /// <summary>
    /// The opportunities open at <paramref name="nowUtc"/> with the version of the data they were read from. Within one
    /// version the open rows only ever shrink from the front as deadlines pass (<see cref="OpportunityReads.OpenAt"/>:
    /// nothing opens without a change to the data), so the version and the number of rows say which rows they are.
    /// </summary>
    public async Task<OpenList> ListAtAsync(CommissioningDbContext db, DateTime nowUtc)
    {
        var version = await VersionAsync(db);
        Task<List<Row>> rows;
        lock (_lock)
        {
            if (_kept is not { } kept || kept.Version != version || nowUtc < kept.ReadAtUtc || kept.Rows.IsFaulted)
            {
                // Requests that miss together wait for the same read; a read that fails is replaced by the next request.
                kept = new Kept(version, nowUtc, ReadAsync(nowUtc));
                _kept = kept;
            }

            rows = kept.Rows;
        }

        return new OpenList(version, (await rows).Where(r => r.List.BidDeadlineUtc > nowUtc).ToList());
    }

    /// <summary>The open rows and the version of the data they come from.</summary>
    public sealed record OpenList(long Version, IReadOnlyList<Row> Rows);

    private async Task<List<Row>> ReadAsync(DateTime nowUtc)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommissioningDbContext>();
        return await db.Opportunities.AsNoTracking().OpenAt(nowUtc)
            .OrderBy(o => o.BidDeadlineUtc).ThenBy(o => o.Id)
            .Select(o => new Row(
                new OpportunityListRow(o.Id, o.Title, o.ServiceArea,
                    db.CommissioningOrganisations.Where(c => c.Id == o.CommissioningOrganisationId).Select(c => c.Name).First(),
                    o.EstimatedValue, o.BidDeadlineUtc!.Value, o.Lots.Count, o.SuitableForSmallOrganisations),
                o.Description))
            .ToListAsync();
    }

    private sealed record Kept(long Version, DateTime ReadAtUtc, Task<List<Row>> Rows);
}
