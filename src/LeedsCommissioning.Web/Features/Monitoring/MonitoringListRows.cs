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

    /// <summary>The rows <paramref name="user"/> may see, in title order, unfiltered.</summary>
    public async Task<IReadOnlyList<MonitoredContract>> ForAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var today = clock.UkToday();
        if (!MonitoringQueries.MonitorsEveryContract(user))
        {
            return await ReadAsync(db, db.Contracts.AsNoTracking().MonitoredBy(user), today, options.DueSoonDays, cancellationToken);
        }

        var versions = await DataVersion.ReadAsync(db, Versions, cancellationToken);
        return await kept.GetAsync(true, new MonitoringListStamp(versions[0], versions[1], today),
            other => ReadAsync(other, other.Contracts.AsNoTracking(), today, options.DueSoonDays, CancellationToken.None));
    }

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
        // SQLite statement may carry as parameters (32,766).
        var ids = monitored.Select(c => c.Id);
        var returns = (await db.QuarterlyReturns.AsNoTracking().Where(r => ids.Contains(r.ContractId))
                .Select(r => new ReturnLine(r.Id, r.ContractId, r.QuarterKey, r.DueOn, r.SubmittedOn, r.Status, r.Review == null ? null : r.Review.Rating))
                .ToListAsync(cancellationToken))
            .ToLookup(r => r.ContractId);
        // Kept for every live contract of a region: one copy of each commissioner's and provider's name, not one a row.
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        string? Shared(string? name) => name is null ? null : names.TryAdd(name, name) ? name : names[name];
        return rows.Select(c =>
        {
            var lines = returns[c.Id].OrderByDescending(r => r.QuarterKey).ToList();
            var latest = MonitoringList.Latest(lines, today, dueSoonDays);
            var rated = lines.FirstOrDefault(r => r.Rating is not null);
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
    : KeptPerVersion<bool, MonitoringListStamp, IReadOnlyList<MonitoredContract>>(scopes);
