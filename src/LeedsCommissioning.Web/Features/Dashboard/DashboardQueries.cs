using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Domain.Organisations;
using LeedsCommissioning.Domain.Providers;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Infrastructure.Opportunities;
using LeedsCommissioning.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LeedsCommissioning.Web.Features.Dashboard;

/// <summary>
/// Every figure on the dashboards, from one place (issue 15, "Dashboards"; docs/domain.md "Dashboards"). Reads project
/// only the columns a figure needs and add up in memory, so the sums are the same on SQLite, SQL Server and PostgreSQL.
/// <para>
/// The staff dashboard's figures take a pass over a year's contracts, returns and bids (seconds at a region's scale),
/// so they are kept per filter in <see cref="KeptDashboards"/> against the versions of the data they read (register,
/// opportunities, monitoring: <see cref="DataVersion"/>) and the UK date, until the next bid deadline passes (bids are
/// counted once the deadline has passed): each request reads the three counters in one command, and a change made by
/// any instance shows on the next request (docs/benchmarks.md, "The dashboard and the monitoring list: session 12").
/// </para>
/// </summary>
public sealed class DashboardQueries(CommissioningDbContext db, TimeProvider clock, IOptions<DashboardOptions> options, KeptDashboards kept)
{
    private static readonly string[] Versions = [DataVersion.Register, DataVersion.Opportunities, DataVersion.Monitoring];

    /// <summary>Statuses whose contracts spend money: awarded onwards (not planned, not still procuring). The dates decide the year.</summary>
    private static readonly ContractStatus[] Spending =
    [
        ContractStatus.Awarded, ContractStatus.Mobilising, ContractStatus.Live, ContractStatus.InExtension,
        ContractStatus.Ending, ContractStatus.Ended, ContractStatus.Decommissioned,
    ];

    public const string NoProviderRecorded = "No provider recorded";

    public const string SizeNotKnown = "Size not known";

    public DateOnly Today => clock.UkToday();

    public FinancialYear CurrentYear => FinancialYear.Of(Today);

    /// <summary>The years the filter offers: the current one, the next, and <see cref="DashboardOptions.YearsBack"/> before it, newest first.</summary>
    public IReadOnlyList<FinancialYear> YearsOffered()
    {
        var current = CurrentYear.StartYear;
        return Enumerable.Range(current - options.Value.YearsBack, options.Value.YearsBack + 2)
            .Reverse().Select(y => new FinancialYear(y)).ToList();
    }

    /// <summary>The staff dashboard for one filter: kept figures when the data and the date are those they were computed at, else computed now.</summary>
    public async Task<StaffDashboard> StaffAsync(DashboardOrganisation organisation, FinancialYear year, CancellationToken cancellationToken) =>
        (await KeptAsync(organisation, year, cancellationToken)).Dashboard;

    /// <summary><see cref="StaffAsync"/>'s figures as kept, with what they were computed against (<see cref="KeptDashboard.Key"/>).</summary>
    public async Task<KeptDashboard> KeptAsync(DashboardOrganisation organisation, FinancialYear year, CancellationToken cancellationToken)
    {
        var versions = await DataVersion.ReadAsync(db, Versions, cancellationToken);
        var nowUtc = clock.GetUtcNow().UtcDateTime;
        var today = UkTime.DateOf(nowUtc);
        var stamp = new DashboardStamp(versions[0], versions[1], versions[2], today);
        return await kept.GetAsync((organisation, year), stamp,
            other => new DashboardQueries(other, clock, options, kept).ComputeAsync(organisation, year, stamp, nowUtc, CancellationToken.None),
            k => clock.GetUtcNow().UtcDateTime is var now && now >= k.ComputedAtUtc && (k.NextDeadlineUtc is not { } next || now < next));
    }

    /// <summary>
    /// Every figure of the staff dashboard, read now, as at <paramref name="nowUtc"/> (whose UK date is
    /// <paramref name="today"/>); with the next bid deadline after it, when bids are next counted differently.
    /// </summary>
    private async Task<KeptDashboard> ComputeAsync(DashboardOrganisation organisation, FinancialYear year, DashboardStamp stamp, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var today = stamp.Today;
        var spend = await SpendAsync(organisation, year, cancellationToken);
        var lots = await LotSizesAsync(organisation, year, cancellationToken);
        var returns = await DashboardMonitoring.ReturnsAsync(db, ContractsOf(organisation), year, today, cancellationToken);
        var socialValue = await DashboardMonitoring.SocialValueAsync(db, spend.ContractIds, year, cancellationToken);
        var nextDeadline = await db.Opportunities.AsNoTracking().Where(o => o.BidDeadlineUtc != null && o.BidDeadlineUtc > nowUtc)
            .MinAsync(o => o.BidDeadlineUtc, cancellationToken);
        var dashboard = new StaffDashboard(organisation, year, today)
        {
            TotalSpend = spend.Total,
            ContractsCounted = spend.Contracts,
            SpendByOrganisation = spend.ByOrganisation,
            SpendByFunder = spend.ByFunder,
            SpendByServiceArea = spend.ByServiceArea,
            SpendByProviderSize = spend.ByProviderSize,
            SmallAndLocalSpend = spend.SmallAndLocal,
            SmallAndLocalAim = options.Value.SmallAndLocalShareAim,
            EndingByQuarter = await EndingByQuarterAsync(organisation, today, cancellationToken),
            LotsPublished = lots.Count,
            AverageLotSize = lots.Count == 0 ? null : decimal.Round(lots.Average(), 2),
            Opportunities = await BidsAsync(organisation, year, nowUtc, cancellationToken),
            Awards = spend.Awards,
            AwardsToThirdSector = spend.AwardsToThirdSector,
            Monitoring = new MonitoringFigures(returns.Quarters, returns.Ratings, returns.Red, socialValue),
        };
        return new KeptDashboard(dashboard, stamp, nowUtc, nextDeadline);
    }

    /// <summary>
    /// A provider's own dashboard: the contracts its organisation takes part in (lead, partner or subcontractor) and
    /// nothing else; the provider id comes from the signed-in user's claim, never from the request.
    /// </summary>
    public async Task<ProviderDashboardModel> ProviderAsync(int providerId, CancellationToken cancellationToken)
    {
        var name = await db.Providers.AsNoTracking().Where(p => p.Id == providerId).Select(p => p.Name).SingleAsync(cancellationToken);
        var contracts = await db.Contracts.AsNoTracking()
            .Where(c => c.Providers.Any(p => p.ProviderId == providerId))
            .OrderBy(c => c.CurrentEndDate).ThenBy(c => c.Reference)
            .Select(c => new
            {
                c.Id, c.Reference, c.Title, c.Status, c.CurrentEndDate,
                Ours = c.Providers.Where(p => p.ProviderId == providerId).Select(p => new { p.Role, p.AnnualShare }).First(),
            })
            .ToListAsync(cancellationToken);
        var led = contracts.Where(c => c.Ours.Role == ProviderRole.Lead).ToDictionary(c => c.Id, c => c.Title);
        var ledIds = led.Keys.ToList();
        var drafts = await db.QuarterlyReturns.AsNoTracking()
            .Where(r => ledIds.Contains(r.ContractId) && r.Status == Domain.Monitoring.ReturnStatus.Draft)
            .Select(r => new { r.Id, r.ContractId, r.QuarterKey, r.DueOn })
            .ToListAsync(cancellationToken);
        var reviews = await db.QuarterlyReturns.AsNoTracking()
            .Where(r => ledIds.Contains(r.ContractId) && r.Review != null)
            .OrderByDescending(r => r.Review!.ReviewedAtUtc).Take(10)
            .Select(r => new { r.Id, r.ContractId, r.QuarterKey, r.Review!.Rating, r.Review.Feedback, r.Review.ReviewedAtUtc })
            .ToListAsync(cancellationToken);
        var today = Today;
        return new ProviderDashboardModel(name, today, contracts
            .Select(c => new ProviderContractRow(c.Id, c.Reference, c.Title, c.Status, c.Ours.Role, c.Ours.AnnualShare, c.CurrentEndDate))
            .ToList())
        {
            ReturnsDue = drafts.OrderBy(r => r.DueOn).ThenBy(r => led[r.ContractId], StringComparer.Ordinal)
                .Select(r => new ReturnDue(r.Id, r.ContractId, led[r.ContractId], Domain.Monitoring.FinancialQuarter.FromKey(r.QuarterKey), r.DueOn, today > r.DueOn))
                .ToList(),
            Feedback = reviews.Select(r => new ReturnFeedback(r.Id, r.ContractId, led[r.ContractId], Domain.Monitoring.FinancialQuarter.FromKey(r.QuarterKey),
                r.Rating, r.Feedback, r.ReviewedAtUtc)).ToList(),
        };
    }

    private IQueryable<Contract> ContractsOf(DashboardOrganisation organisation) => organisation switch
    {
        DashboardOrganisation.Council => db.Contracts.AsNoTracking().Where(c => c.CommissioningOrganisation!.Kind == CommissioningOrganisationKind.CouncilDirectorate),
        DashboardOrganisation.Nhs => db.Contracts.AsNoTracking().Where(c => c.CommissioningOrganisation!.Kind == CommissioningOrganisationKind.Nhs),
        _ => db.Contracts.AsNoTracking(),
    };

    private sealed record Spend(
        decimal Total, int Contracts, IReadOnlyList<Amount> ByOrganisation, IReadOnlyList<Amount> ByFunder,
        IReadOnlyList<(Domain.Reference.ServiceArea, decimal)> ByServiceArea, IReadOnlyList<Amount> ByProviderSize,
        decimal SmallAndLocal, int Awards, int AwardsToThirdSector, IQueryable<int> ContractIds);

    /// <summary>
    /// Spend in a financial year: each awarded contract's annual value for the part of the year it runs between its start
    /// and current end dates (a contract running all year counts its annual value, one running three months a quarter of
    /// it), to the penny. Funders and providers are counted the same way from their annual amounts and shares.
    /// </summary>
    private async Task<Spend> SpendAsync(DashboardOrganisation organisation, FinancialYear year, CancellationToken cancellationToken)
    {
        var running = ContractsOf(organisation)
            .Where(c => Spending.Contains(c.Status) && c.StartDate <= year.End && c.CurrentEndDate >= year.Start);
        var contracts = await running
            .Select(c => new
            {
                c.Id, c.StartDate, c.CurrentEndDate, c.AnnualValue, c.ServiceArea, Organisation = c.CommissioningOrganisation!.Name,
                c.LeadProviderIsThirdSector,
            })
            .ToListAsync(cancellationToken);
        // The contracts' ids as a subquery, never as a list: a region's year has tens of thousands, more than a SQLite
        // statement may carry as parameters (32,766), and each one a parameter to bind.
        var ids = running.Select(c => c.Id);
        var funding = await db.Set<FundingContribution>().AsNoTracking()
            .Where(f => ids.Contains(f.ContractId))
            .Select(f => new { Id = f.ContractId, Name = f.FunderOrganisation != null ? f.FunderOrganisation.Name : f.PartnerName, f.AnnualAmount })
            .ToListAsync(cancellationToken);
        var shares = await db.Set<ContractProvider>().AsNoTracking()
            .Where(p => ids.Contains(p.ContractId))
            .Select(p => new { Id = p.ContractId, p.AnnualShare, p.Provider.SizeBand, p.Provider.IsLeedsBased })
            .ToListAsync(cancellationToken);

        var part = contracts.ToDictionary(c => c.Id, c => year.ShareCovered(c.StartDate, c.CurrentEndDate));
        decimal InYear(int contractId, decimal annual) => decimal.Round(annual * part[contractId], 2);

        var spent = contracts.Select(c => new { c, Value = InYear(c.Id, c.AnnualValue) }).ToList();
        var providerSpend = shares.Select(s => new { s.Id, s.SizeBand, s.IsLeedsBased, Value = InYear(s.Id, s.AnnualShare) }).ToList();

        var bySize = providerSpend.GroupBy(s => s.SizeBand).OrderBy(g => g.Key is null ? int.MaxValue : (int)g.Key)
            .Select(g => new Amount(g.Key is { } band ? band.ToDisplayName() : SizeNotKnown, g.Sum(s => s.Value))).ToList();
        var unassigned = spent.Sum(s => s.Value) - providerSpend.Sum(s => s.Value);
        if (unassigned > 0m)
        {
            bySize.Add(new Amount(NoProviderRecorded, unassigned));
        }

        var starting = contracts.Where(c => year.Contains(c.StartDate)).ToList();
        return new Spend(
            spent.Sum(s => s.Value),
            contracts.Count,
            Ranked(spent.GroupBy(s => s.c.Organisation).Select(g => new Amount(g.Key, g.Sum(s => s.Value)))),
            Ranked(funding.GroupBy(f => f.Name ?? "").Select(g => new Amount(g.Key, g.Sum(f => InYear(f.Id, f.AnnualAmount))))),
            spent.GroupBy(s => s.c.ServiceArea).OrderBy(g => g.Key).Select(g => (g.Key, g.Sum(s => s.Value))).ToList(),
            bySize,
            providerSpend.Where(s => SizeBands.IsSmallAndLocal(s.IsLeedsBased, s.SizeBand)).Sum(s => s.Value),
            starting.Count,
            starting.Count(c => c.LeadProviderIsThirdSector == true),
            ids);
    }

    private static List<Amount> Ranked(IEnumerable<Amount> amounts) =>
        amounts.Where(a => a.Value != 0m).OrderByDescending(a => a.Value).ThenBy(a => a.Name, StringComparer.Ordinal).ToList();

    /// <summary>
    /// Running contracts (not ended or decommissioned: the register's "ending within" rule) whose current end date falls in
    /// each of the next eight quarters, this one first. The financial year filter does not apply: these are ahead.
    /// </summary>
    private async Task<IReadOnlyList<QuarterEndings>> EndingByQuarterAsync(DashboardOrganisation organisation, DateOnly today, CancellationToken cancellationToken)
    {
        var quarters = EndingQuarter.Of(today).AndFollowing(8);
        var from = quarters[0].Start;
        var to = quarters[^1].End;
        var ending = await ContractsOf(organisation)
            .Where(c => c.CurrentEndDate >= today && c.CurrentEndDate <= to && c.CurrentEndDate >= from)
            .Select(c => new { c.Status, c.CurrentEndDate, c.AnnualValue })
            .ToListAsync(cancellationToken);
        var running = ending.Where(c => !ContractLifecycle.IsFinal(c.Status)).ToList();
        return quarters.Select(q =>
        {
            var inQuarter = running.Where(c => c.CurrentEndDate >= q.Start && c.CurrentEndDate <= q.End).ToList();
            return new QuarterEndings(q, inQuarter.Count, inQuarter.Sum(c => c.AnnualValue));
        }).ToList();
    }

    /// <summary>The annual value of every lot of the opportunities published in the year (UK date of publication).</summary>
    private async Task<List<decimal>> LotSizesAsync(DashboardOrganisation organisation, FinancialYear year, CancellationToken cancellationToken)
    {
        var (from, to) = UtcBounds(year);
        var published = OpportunitiesOf(organisation)
            .Where(o => o.PublishedAtUtc != null && o.PublishedAtUtc >= from && o.PublishedAtUtc < to)
            .Select(o => o.Id);
        return await db.Set<Lot>().AsNoTracking().Where(l => published.Contains(l.OpportunityId)).Select(l => l.AnnualValue).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Opportunities whose bid deadline fell in the year and has passed, with their bids counted from sealed bids only
    /// after the deadline (<see cref="SealedBids.OpportunityBidCountsAsync"/>, one query for all of them): never a bid's
    /// content, never before the deadline.
    /// </summary>
    private async Task<IReadOnlyList<OpportunityBids>> BidsAsync(DashboardOrganisation organisation, FinancialYear year, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var (from, to) = UtcBounds(year);
        var closedQuery = OpportunitiesOf(organisation)
            .Where(o => o.Status == OpportunityStatus.Published || o.Status == OpportunityStatus.InEvaluation
                || o.Status == OpportunityStatus.Awarded || o.Status == OpportunityStatus.Cancelled)
            .Where(o => o.BidDeadlineUtc != null && o.BidDeadlineUtc >= from && o.BidDeadlineUtc < to && o.BidDeadlineUtc <= nowUtc);
        var closed = await closedQuery
            .OrderBy(o => o.BidDeadlineUtc).ThenBy(o => o.Id)
            .Select(o => new { o.Id, o.Title, Deadline = o.BidDeadlineUtc!.Value })
            .ToListAsync(cancellationToken);
        var counts = await db.OpportunityBidCountsAsync(closedQuery.Select(o => o.Id), nowUtc, cancellationToken);
        return closed
            .Select(o => counts.TryGetValue(o.Id, out var c)
                ? new OpportunityBids(o.Id, o.Title, o.Deadline, c.Bids, c.FromLocalOrganisations, c.FromSmallOrganisations)
                : new OpportunityBids(o.Id, o.Title, o.Deadline, 0, 0, 0))
            .ToList();
    }

    private IQueryable<Opportunity> OpportunitiesOf(DashboardOrganisation organisation)
    {
        var kinds = Enum.GetValues<CommissioningOrganisationKind>().Where(k => DashboardFilter.Covers(organisation, k)).ToList();
        return db.Opportunities.AsNoTracking()
            .Where(o => db.CommissioningOrganisations.Any(c => c.Id == o.CommissioningOrganisationId && kinds.Contains(c.Kind)));
    }

    /// <summary>The year's first and last moments in UTC: midnight UK time on 1 April, and on the 1 April after.</summary>
    private static (DateTime From, DateTime To) UtcBounds(FinancialYear year) =>
        (UkTime.ToUtc(year.Start, TimeOnly.MinValue), UkTime.ToUtc(year.End.AddDays(1), TimeOnly.MinValue));
}

/// <summary>What the staff dashboard's figures were computed against: the data versions they read and the UK date.</summary>
public readonly record struct DashboardStamp(long Register, long Opportunities, long Monitoring, DateOnly Today);

/// <summary>A staff dashboard as kept: computed at <paramref name="ComputedAtUtc"/>, right until <paramref name="NextDeadlineUtc"/> (a bid deadline) passes.</summary>
public sealed record KeptDashboard(StaffDashboard Dashboard, DashboardStamp Stamp, DateTime ComputedAtUtc, DateTime? NextDeadlineUtc)
{
    /// <summary>Names these figures and no others: their filter, what they were computed against and when.</summary>
    public string Key => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"{Dashboard.Organisation} {Dashboard.Year.StartYear} {Stamp.Register} {Stamp.Opportunities} {Stamp.Monitoring} {Stamp.Today:yyyy-MM-dd} {ComputedAtUtc.Ticks}");
}

/// <summary>The staff dashboards kept by this instance: one per organisation choice and financial year offered (at most 3 x 8).</summary>
public sealed class KeptDashboards(IServiceScopeFactory scopes)
    : KeptPerVersion<(DashboardOrganisation Organisation, FinancialYear Year), DashboardStamp, KeptDashboard>(scopes);
