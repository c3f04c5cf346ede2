using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Monitoring;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Dashboard;

/// <summary>How a quarter's returns stand: on time, late (submitted or not), and not yet due.</summary>
public sealed record QuarterReturns(FinancialQuarter Quarter, int OnTime, int SubmittedLate, int LateNotSubmitted, int NotYetDue);

/// <summary>A contract whose latest review in the year was rated red.</summary>
public sealed record RedContract(int Id, string Reference, string Title, decimal AnnualValue, FinancialQuarter Quarter, string? Reason)
{
    /// <summary>Every contract rated red as a download (docs/patterns.md "Downloads"), in the page's order.</summary>
    public static LeedsCommissioning.Web.Infrastructure.Exports.ListExport<RedContract> Export { get; } =
        new LeedsCommissioning.Web.Infrastructure.Exports.ListExport<RedContract>("dashboard-rated-red", "Contracts rated red")
            .Text("Reference", r => r.Reference, 18)
            .Text("Contract", r => r.Title, 50)
            .Money("Annual value (£)", r => r.AnnualValue)
            .Text("Quarter reviewed", r => r.Quarter.Label, 16)
            .Text("Reason for the rating", r => r.Reason ?? "", 60);
}

/// <summary>Social value of one Charter principle and one unit: committed in the winning bids, and delivered as the returns report it.</summary>
public sealed record SocialValueFigure(CharterPrinciple? Principle, string Unit, decimal Committed, decimal Delivered);

/// <summary>Monitoring figures for the dashboard: returns late, ratings, social value committed and delivered.</summary>
public sealed record MonitoringFigures(
    IReadOnlyList<QuarterReturns> Quarters, IReadOnlyDictionary<Rag, int> LatestRatings, IReadOnlyList<RedContract> Red,
    IReadOnlyList<SocialValueFigure> SocialValue)
{
    /// <summary>Returns of the year past their due date: submitted late, or still not submitted.</summary>
    public int ReturnsLate => Quarters.Sum(q => q.SubmittedLate + q.LateNotSubmitted);

    public int ReturnsLateNotSubmitted => Quarters.Sum(q => q.LateNotSubmitted);
}

/// <summary>The monitoring half of <see cref="DashboardQueries"/>: returns (issue 15, "Quarterly monitoring") read as figures.</summary>
internal static class DashboardMonitoring
{
    /// <summary>
    /// The year's returns of the chosen organisation's contracts, each quarter's counted by its timing on
    /// <paramref name="today"/> (<see cref="QuarterlyReturn.Timing"/>, the monitoring rule: late once the due date has passed
    /// without a submission, or submitted after it); each contract's latest rating among the year's reviews; the contracts
    /// rated red at their latest review, largest annual value first (the most at stake), then by reference.
    /// </summary>
    public static async Task<(IReadOnlyList<QuarterReturns> Quarters, Dictionary<Rag, int> Ratings, List<RedContract> Red)> ReturnsAsync(
        CommissioningDbContext db, IQueryable<Contract> contracts, FinancialYear year, DateOnly today, CancellationToken cancellationToken)
    {
        var quarters = Enumerable.Range(1, 4).Select(n => new FinancialQuarter(year.StartYear, n)).ToList();
        var first = quarters[0].Key;
        var last = quarters[^1].Key;
        var ids = contracts.Select(c => c.Id);
        var inYear = db.QuarterlyReturns.AsNoTracking().Where(r => ids.Contains(r.ContractId) && r.QuarterKey >= first && r.QuarterKey <= last);

        // Counted by the database, not read: a region's year has over a hundred thousand returns. The conditions are
        // QuarterlyReturn.Timing's on today with no warning period (DueSoon is counted as not yet due).
        var counts = await inYear.GroupBy(r => r.QuarterKey)
            .Select(g => new
            {
                g.Key,
                OnTime = g.Count(r => r.SubmittedOn != null && r.SubmittedOn <= r.DueOn),
                SubmittedLate = g.Count(r => r.SubmittedOn != null && r.SubmittedOn > r.DueOn),
                LateNotSubmitted = g.Count(r => r.SubmittedOn == null && r.DueOn < today),
                NotYetDue = g.Count(r => r.SubmittedOn == null && r.DueOn >= today),
            })
            .ToDictionaryAsync(c => c.Key, cancellationToken);
        var byQuarter = quarters.Select(q => counts.TryGetValue(q.Key, out var c)
            ? new QuarterReturns(q, c.OnTime, c.SubmittedLate, c.LateNotSubmitted, c.NotYetDue)
            : new QuarterReturns(q, 0, 0, 0, 0)).ToList();

        // Each contract's latest reviewed return of the year: no later one of the year is reviewed.
        var latest = inYear.Where(r => r.Review != null
            && !db.QuarterlyReturns.Any(o => o.ContractId == r.ContractId && o.QuarterKey > r.QuarterKey && o.QuarterKey <= last && o.Review != null));
        var counted = await latest.GroupBy(r => r.Review!.Rating).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var ratings = Enum.GetValues<Rag>().ToDictionary(rag => rag, rag => counted.GetValueOrDefault(rag));
        var red = (await latest.Where(r => r.Review!.Rating == Rag.Red)
                .Join(db.Contracts, r => r.ContractId, c => c.Id, (r, c) => new { c.Id, c.Reference, c.Title, c.AnnualValue, r.QuarterKey, r.Review!.RatingReason })
                .ToListAsync(cancellationToken))
            .Select(r => new RedContract(r.Id, r.Reference, r.Title, r.AnnualValue, FinancialQuarter.FromKey(r.QuarterKey), r.RatingReason))
            .OrderByDescending(r => r.AnnualValue).ThenBy(r => r.Reference, StringComparer.Ordinal).ToList();
        return (byQuarter, ratings, red);
    }

    /// <summary>
    /// Social value per Charter principle and unit (quantities in different units are never added together): committed
    /// = the commitments carried over from the winning bids of the contracts counted in the year; delivered = what the
    /// submitted returns of those contracts report against them, from the start of the contract to the end of the year.
    /// A commitment whose criterion is not in the social value library has no principle.
    /// </summary>
    public static async Task<List<SocialValueFigure>> SocialValueAsync(
        CommissioningDbContext db, IQueryable<int> contractIds, FinancialYear year, CancellationToken cancellationToken)
    {
        var last = new FinancialQuarter(year.StartYear, 4).Key;
        var counted = db.Set<ContractCommitment>().AsNoTracking().Where(c => contractIds.Contains(c.ContractId));
        var commitments = await counted
            .Select(c => new
            {
                c.Id, c.Quantity, c.Unit,
                Principle = db.Set<SocialValueCriterion>().Where(s => s.Id == c.SocialValueCriterionId).Select(s => (CharterPrinciple?)s.Principle).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var commitmentIds = counted.Select(c => c.Id);
        // Added up by the database per commitment (decimal sums are exact on every provider), not read line by line.
        var deliveredBy = await db.Set<SocialValueDelivered>().AsNoTracking()
            .Where(s => commitmentIds.Contains(s.ContractCommitmentId) && s.Quantity != null)
            .Join(db.QuarterlyReturns.Where(r => r.Status != ReturnStatus.Draft && r.QuarterKey <= last), s => s.QuarterlyReturnId, r => r.Id,
                (s, r) => new { s.ContractCommitmentId, s.Quantity })
            .GroupBy(d => d.ContractCommitmentId)
            .Select(g => new { g.Key, Delivered = g.Sum(d => d.Quantity!.Value) })
            .ToDictionaryAsync(g => g.Key, g => g.Delivered, cancellationToken);
        return commitments
            .GroupBy(c => (c.Principle, Unit: c.Unit.Trim().ToLowerInvariant()))
            .OrderBy(g => g.Key.Principle is null ? int.MaxValue : (int)g.Key.Principle).ThenBy(g => g.Key.Unit, StringComparer.Ordinal)
            .Select(g => new SocialValueFigure(g.Key.Principle, g.Key.Unit, g.Sum(c => c.Quantity), g.Sum(c => deliveredBy.GetValueOrDefault(c.Id))))
            .ToList();
    }
}
