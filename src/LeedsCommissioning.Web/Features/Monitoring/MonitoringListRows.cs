using System.Security.Claims;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Monitoring;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Web.Features.Providers;
using LeedsCommissioning.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Monitoring;

/// <summary>A row of the monitoring list with the commissioning organisation it is filtered by.</summary>
public sealed record MonitoredContract(int OrganisationId, MonitoringRow Row);

/// <summary>
/// The rows a person may see on the monitoring list, in title order, with how many each filter matches and the
/// commissioning organisations the filter offers. Staff's set is kept per version of the data and day, so a page
/// reads its count from <see cref="Count"/> and its rows by walking the kept rows up to its page, never copying them.
/// </summary>
public sealed class MonitoringListSet
{
    /// <summary>The statuses a row is counted under: every filter of <see cref="MonitoringListViewModel.Statuses"/>, and none (null).</summary>
    private static readonly string?[] StatusFilters = [null, .. MonitoringListViewModel.Statuses.Select(s => s.Value)];

    private readonly Dictionary<(int? Organisation, string? Status), int> counts = [];

    public MonitoringListSet(IReadOnlyList<MonitoredContract> rows, IReadOnlyList<(int Id, string Name)> organisations)
    {
        Rows = rows;
        Organisations = organisations;
        // Each (organisation, status) filter's count, in one pass over the rows: no filter counts the rows again.
        foreach (var c in rows)
        {
            foreach (var status in StatusFilters)
            {
                if (status is null || MonitoringList.Matches(c.Row, status))
                {
                    counts[(null, status)] = counts.GetValueOrDefault((null, status)) + 1;
                    counts[(c.OrganisationId, status)] = counts.GetValueOrDefault((c.OrganisationId, status)) + 1;
                }
            }
        }
    }

    public IReadOnlyList<MonitoredContract> Rows { get; }

    /// <summary>
    /// What staff's kept rows were worked out against (the data versions and the UK date), under which the list's HTML is
    /// kept too (the cache tag helper, with the filters and page), as the register's is; null for a provider's own rows,
    /// read on each request and never kept.
    /// </summary>
    public string? RenderedKey { get; init; }

    /// <summary>The commissioning organisations, in name order, for the list's filter (staff only; none for a provider).</summary>
    public IReadOnlyList<(int Id, string Name)> Organisations { get; }

    /// <summary>How many rows the filters match (null: not filtered by it); a status no filter has matches every row, as the list treats it.</summary>
    public int Count(int? organisation, string? status) =>
        counts.GetValueOrDefault((organisation, StatusFilters.Contains(status) ? status : null));

    /// <summary>The rows the filters match, in title order, read as they are walked.</summary>
    public IEnumerable<MonitoringRow> Matching(int? organisation, string? status) =>
        Rows.Where(c => (organisation == null || c.OrganisationId == organisation) && MonitoringList.Matches(c.Row, status)).Select(c => c.Row);
}

/// <summary>
/// The monitoring list's rows: every live contract a person may monitor, in title order, each with the return that needs
/// attention and its latest rating (<see cref="MonitoringList"/>'s rules, which depend on today).
/// <para>
/// Staff see every live contract, tens of thousands at a region's scale, and working out each one's status reads all
/// their returns (seconds). So staff's rows are kept in <see cref="KeptMonitoringLists"/> against the versions of the
/// data they read (the register's: contracts, their commissioners and providers; monitoring's: plans, returns and
/// reviews; <see cref="DataVersion"/>) and the UK date; each request reads the two counters in one command, and
/// filters, counts and pages the kept rows (docs/benchmarks.md, "The dashboard and the monitoring list: session 12").
/// A provider's users see only the few contracts their organisation leads, read on each request.
/// </para>
/// </summary>
public sealed class MonitoringListRows(CommissioningDbContext db, TimeProvider clock, MonitoringOptions options, KeptMonitoringLists kept)
{
    private static readonly string[] Versions = [DataVersion.Register, DataVersion.Monitoring];

    /// <summary>The rows <paramref name="user"/> may see, in title order, unfiltered, with each filter's count.</summary>
    public async Task<MonitoringListSet> ForAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var today = clock.UkToday();
        if (!MonitoringQueries.MonitorsEveryContract(user))
        {
            var own = await ReadAsync(db, db.Contracts.AsNoTracking().MonitoredBy(user), today, options.DueSoonDays, cancellationToken);
            return new MonitoringListSet(own, MonitoringQueries.IsProvider(user) ? [] : await OrganisationsAsync(db, cancellationToken));
        }

        var versions = await DataVersion.ReadAsync(db, Versions, cancellationToken);
        return await kept.GetAsync(true, new MonitoringListStamp(versions[0], versions[1], today), async other =>
        {
            var rows = await ReadAsync(other, other.Contracts.AsNoTracking(), today, options.DueSoonDays, CancellationToken.None);
            // Commissioning organisations raise the register's version, so the filter's choices are kept with the rows.
            return new MonitoringListSet(rows, await OrganisationsAsync(other, CancellationToken.None))
            {
                RenderedKey = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{versions[0]}.{versions[1]}.{today.DayNumber}"),
            };
        });
    }

    private static async Task<IReadOnlyList<(int Id, string Name)>> OrganisationsAsync(CommissioningDbContext db, CancellationToken cancellationToken) =>
        (await db.CommissioningOrganisations.AsNoTracking().OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken))
            .Select(o => (o.Id, o.Name)).ToList();

    /// <summary>The live contracts of <paramref name="contracts"/>, each with its latest return worked out as on <paramref name="today"/>.</summary>
    public static async Task<IReadOnlyList<MonitoredContract>> ReadAsync(
        CommissioningDbContext db, IQueryable<Contract> contracts, DateOnly today, int dueSoonDays, CancellationToken cancellationToken)
    {
        var monitored = contracts.Where(ProviderQueries.IsDelivering);
        var rows = await monitored
            .OrderBy(c => c.Title)
            .Select(c => new
            {
                c.Id, c.Reference, c.Title, c.CommissioningOrganisationId, Organisation = c.CommissioningOrganisation!.Name, Lead = c.LeadProvider!.Name,
                HasPlan = db.MonitoringPlans.Any(p => p.ContractId == c.Id),
            })
            .ToListAsync(cancellationToken);
        // The contracts as a subquery, never as a list of ids: a region has tens of thousands of live contracts, more than a
        // SQLite statement may carry as parameters (32,766). Their returns (about half a million at a region's scale) are
        // read in contract order, newest first (the unique index on ContractId and QuarterKey), and only each contract's
        // latest return and latest rating are kept as they stream past: never every return in memory at once.
        var ids = monitored.Select(c => c.Id);
        var found = new Dictionary<int, (ReturnLine? Latest, ReturnLine? Rated)>();
        var lines = new List<ReturnLine>();
        await foreach (var line in db.QuarterlyReturns.AsNoTracking().Where(r => ids.Contains(r.ContractId))
                           .OrderBy(r => r.ContractId).ThenByDescending(r => r.QuarterKey)
                           .Select(r => new ReturnLine(r.Id, r.ContractId, r.QuarterKey, r.DueOn, r.SubmittedOn, r.Status, r.Review == null ? null : r.Review.Rating))
                           .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (lines.Count > 0 && lines[0].ContractId != line.ContractId)
            {
                Keep();
            }

            lines.Add(line);
        }

        Keep();

        // One contract's returns, newest first: its latest return (MonitoringList.Latest) and its latest rating.
        void Keep()
        {
            if (lines.Count > 0)
            {
                found[lines[0].ContractId] = (MonitoringList.Latest(lines, today, dueSoonDays), lines.FirstOrDefault(r => r.Rating is not null));
                lines.Clear();
            }
        }

        // Kept for every live contract of a region: one copy of each commissioner's and provider's name, not one a row.
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        string? Shared(string? name) => name is null ? null : names.TryAdd(name, name) ? name : names[name];
        return rows.Select(c =>
        {
            var (latest, rated) = found.GetValueOrDefault(c.Id);
            return new MonitoredContract(c.CommissioningOrganisationId, new MonitoringRow(c.Id, c.Reference, c.Title, Shared(c.Organisation)!, Shared(c.Lead), c.HasPlan,
                latest?.Id, latest is null ? null : FinancialQuarter.FromKey(latest.QuarterKey), latest?.DueOn, latest?.Status,
                latest is null ? null : QuarterlyReturn.Timing(latest.DueOn, latest.SubmittedOn, today, dueSoonDays),
                rated?.Rating, rated is null ? null : FinancialQuarter.FromKey(rated.QuarterKey)));
        }).ToList();
    }
}

/// <summary>What staff's monitoring list was worked out against: the data versions it read and the UK date.</summary>
public readonly record struct MonitoringListStamp(long Register, long Monitoring, DateOnly Today);

/// <summary>Staff's monitoring list as this instance keeps it: one set of rows (every live contract), the latest computed.</summary>
public sealed class KeptMonitoringLists(IServiceScopeFactory scopes)
    : KeptPerVersion<bool, MonitoringListStamp, MonitoringListSet>(scopes);
