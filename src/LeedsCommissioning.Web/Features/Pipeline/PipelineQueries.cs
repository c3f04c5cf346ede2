using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Renewals;
using LeedsCommissioning.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Pipeline;

/// <summary>
/// The one read of the pipeline (issue 14), used by the page, its downloads and the renewal reminders: every running
/// contract (not ended or decommissioned) that ends within <see cref="RenewalRules.HorizonMonths"/> months, or has a
/// pending extension whose decision falls within them (past ones included: they are overdue), with its decision due
/// date and renewal plan.
/// </summary>
public static class PipelineQueries
{
    /// <summary>The statuses a contract never leaves (ended, decommissioned): such a contract is out of the pipeline.</summary>
    internal static readonly ContractStatus[] Final = Enum.GetValues<ContractStatus>().Where(ContractLifecycle.IsFinal).ToArray();

    public static Task<List<PipelineRow>> RowsAsync(
        CommissioningDbContext db, RenewalRules rules, PipelineFilter filter, DateOnly today, CancellationToken cancellationToken = default) =>
        ReadAsync(db, rules, filter, today, null, cancellationToken);

    /// <summary>
    /// One contract's row without its providers (the contract's page shows its renewal line from it), or null when it is
    /// not in the pipeline (final, or its end and decisions beyond the horizon).
    /// </summary>
    public static async Task<PipelineRow?> RowAsync(
        CommissioningDbContext db, RenewalRules rules, int contractId, DateOnly today, CancellationToken cancellationToken = default) =>
        (await ReadAsync(db, rules, new PipelineFilter(), today, contracts => contracts.Where(c => c.Id == contractId), cancellationToken, withProviders: false)).SingleOrDefault();

    /// <summary>
    /// The rows whose decision can be <paramref name="userId"/>'s (<see cref="PipelineRow.DecisionUserId"/>): the contracts
    /// they are the responsible commissioner of or own the renewal plan of, read by those indexes. Every row when
    /// <paramref name="userId"/> is null. Their providers are not read (<see cref="PipelineRow.Providers"/> is empty).
    /// </summary>
    public static Task<List<PipelineRow>> DecisionRowsAsync(
        CommissioningDbContext db, RenewalRules rules, DateOnly today, string? userId, CancellationToken cancellationToken = default) =>
        ReadAsync(db, rules, new PipelineFilter(), today,
            userId is null ? null : contracts => contracts.Where(c => c.ResponsibleCommissionerId == userId
                || db.RenewalPlans.Where(p => p.OwnerUserId == userId).Select(p => p.ContractId).Contains(c.Id)),
            cancellationToken, withProviders: false);

    private static async Task<List<PipelineRow>> ReadAsync(
        CommissioningDbContext db, RenewalRules rules, PipelineFilter filter, DateOnly today,
        Func<IQueryable<Contract>, IQueryable<Contract>>? narrow, CancellationToken cancellationToken, bool withProviders = true)
    {
        var horizon = today.AddMonths(rules.HorizonMonths);
        var contracts = db.Contracts.AsNoTracking().Where(c => !Final.Contains(c.Status)
            && ((c.CurrentEndDate >= today && c.CurrentEndDate <= horizon)
                || c.Extensions.Any(e => e.Status == ExtensionStatus.Pending && e.DecideBy <= horizon)));
        if (narrow is not null)
        {
            contracts = narrow(contracts);
        }

        if (filter.Organisation is { } organisation)
        {
            contracts = contracts.Where(c => c.CommissioningOrganisationId == organisation);
        }

        if (filter.ServiceArea is { } area)
        {
            contracts = contracts.Where(c => c.ServiceArea == area);
        }

        if (!string.IsNullOrWhiteSpace(filter.Commissioner))
        {
            var commissioner = filter.Commissioner.Trim();
            contracts = contracts.Where(c => c.ResponsibleCommissionerName == commissioner);
        }

        // The plan (one per contract) by a left join, the next pending extension by two correlated lookups: both by the
        // contract's index, never a window over every plan or pending extension.
        var facts = await (
                from c in contracts
                from plan in db.RenewalPlans.Where(p => p.ContractId == c.Id).DefaultIfEmpty()
                select new
                {
                    c.Id, c.Reference, c.Title, Organisation = c.CommissioningOrganisation!.Name, c.ServiceArea, c.ResponsibleCommissionerName,
                    c.CurrentEndDate,
                    c.ResponsibleCommissionerId,
                    // The Compact's notice counts when any provider on the contract (lead, partner or subcontractor) is third
                    // sector (domain.md section 5). Read here only, so it can become a stored flag in one place.
                    ThirdSectorFunded = c.HasThirdSectorProvider,
                    // Extensions are taken in order: the next pending one is decided now.
                    ExtensionNumber = c.Extensions.Where(e => e.Status == ExtensionStatus.Pending).Min(e => (int?)e.Number),
                    ExtensionDecideBy = c.Extensions.Where(e => e.Status == ExtensionStatus.Pending).OrderBy(e => e.Number)
                        .Select(e => (DateOnly?)e.DecideBy).FirstOrDefault(),
                    PlanId = (int?)plan!.Id,
                    PlanIntention = (RenewalIntention?)plan.Intention,
                    PlanRoute = (RenewalRoute?)plan.Route,
                    PlanOwner = (string?)plan.OwnerName,
                    PlanOwnerUserId = plan.OwnerUserId,
                })
            .ToListAsync(cancellationToken);

        // The providers, when shown, in a second query over the same contracts (what a split query would run), and not at
        // all for the contract page's renewal line or the home page's decisions, which never show them.
        var providers = withProviders
            ? (await contracts.SelectMany(c => c.Providers)
                    .OrderBy(p => p.Role).ThenBy(p => p.Provider.Name)
                    .Select(p => new { p.ContractId, Provider = new PipelineProvider(p.Provider.Name, p.Role, p.Provider.IsThirdSector) })
                    .ToListAsync(cancellationToken))
                .ToLookup(p => p.ContractId, p => p.Provider)
            : null;

        return facts.Select(c =>
            {
                var hasPlan = c.PlanId is not null;
                var intention = c.PlanIntention ?? RenewalIntention.Undecided;
                var route = c.PlanRoute ?? intention.DefaultRoute();
                var due = c.ExtensionDecideBy ?? rules.DecisionDueOn(c.CurrentEndDate, route, c.ThirdSectorFunded);
                return new PipelineRow(c.Id, c.Reference, c.Title, c.Organisation, c.ServiceArea, c.ResponsibleCommissionerName,
                    providers is null ? [] : providers[c.Id].ToList(),
                    c.CurrentEndDate, c.ExtensionNumber, due, c.ThirdSectorFunded, intention, route, c.PlanOwner, hasPlan,
                    RenewalPlan.IsOverdue(due, c.PlanIntention, today), PipelineQuarter.Of(c.CurrentEndDate))
                {
                    DecisionUserId = c.PlanOwnerUserId ?? c.ResponsibleCommissionerId,
                };
            })
            .OrderBy(r => r.EndDate).ThenBy(r => r.DueOn).ThenBy(r => r.Reference, StringComparer.Ordinal)
            .ToList();
    }
}
