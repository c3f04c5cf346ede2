using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Monitoring;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Dashboard;

/// <summary>How a quarter's returns stand: on time, late (submitted or not), and not yet due.</summary>
public sealed record QuarterReturns(FinancialQuarter Quarter, int OnTime, int SubmittedLate, int LateNotSubmitted, int NotYetDue);

/// <summary>A contract whose latest review in the year was rated red.</summary>
public sealed record RedContract(int Id, string Reference, string Title, FinancialQuarter Quarter, string? Reason);

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
    /// rated red at their latest review.
    /// </summary>
    public static async Task<(IReadOnlyList<QuarterReturns> Quarters, Dictionary<Rag, int> Ratings, List<RedContract> Red)> ReturnsAsync(
        CommissioningDbContext db, IQueryable<Contract> contracts, FinancialYear year, DateOnly today, CancellationToken cancellationToken)
    {
        var quarters = Enumerable.Range(1, 4).Select(n => new FinancialQuarter(year.StartYear, n)).ToList();
        var first = quarters[0].Key;
        var last = quarters[^1].Key;
        var ids = contracts.Select(c => c.Id);
        var returns = await db.QuarterlyReturns.AsNoTracking()
            .Where(r => ids.Contains(r.ContractId) && r.QuarterKey >= first && r.QuarterKey <= last)
            .Select(r => new
            {
                r.ContractId, r.QuarterKey, r.DueOn, r.SubmittedOn,
                Rating = r.Review == null ? (Rag?)null : r.Review.Rating,
                Reason = r.Review == null ? null : r.Review.RatingReason,
            })
            .ToListAsync(cancellationToken);

        var byQuarter = quarters.Select(q =>
        {
            var timings = returns.Where(r => r.QuarterKey == q.Key).Select(r => QuarterlyReturn.Timing(r.DueOn, r.SubmittedOn, today, 0)).ToList();
            return new QuarterReturns(q,
                timings.Count(t => t == ReturnTiming.SubmittedOnTime),
                timings.Count(t => t == ReturnTiming.SubmittedLate),
                timings.Count(t => t == ReturnTiming.Late),
                timings.Count(t => t is ReturnTiming.NotYetDue or ReturnTiming.DueSoon));
        }).ToList();

        var latest = returns.Where(r => r.Rating is not null)
            .GroupBy(r => r.ContractId)
            .Select(g => g.OrderByDescending(r => r.QuarterKey).First())
            .ToList();
        var ratings = Enum.GetValues<Rag>().ToDictionary(rag => rag, rag => latest.Count(r => r.Rating == rag));
        var redIds = latest.Where(r => r.Rating == Rag.Red).Select(r => r.ContractId).ToList();
        var names = await db.Contracts.AsNoTracking().Where(c => redIds.Contains(c.Id))
            .Select(c => new { c.Id, c.Reference, c.Title }).ToListAsync(cancellationToken);
        var red = latest.Where(r => r.Rating == Rag.Red)
            .Join(names, r => r.ContractId, n => n.Id, (r, n) => new RedContract(n.Id, n.Reference, n.Title, FinancialQuarter.FromKey(r.QuarterKey), r.Reason))
            .OrderBy(r => r.Reference, StringComparer.Ordinal).ToList();
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
        var delivered = await db.Set<SocialValueDelivered>().AsNoTracking()
            .Where(s => commitmentIds.Contains(s.ContractCommitmentId) && s.Quantity != null)
            .Join(db.QuarterlyReturns.Where(r => r.Status != ReturnStatus.Draft && r.QuarterKey <= last), s => s.QuarterlyReturnId, r => r.Id,
                (s, r) => new { s.ContractCommitmentId, s.Quantity })
            .ToListAsync(cancellationToken);
        var deliveredBy = delivered.GroupBy(d => d.ContractCommitmentId).ToDictionary(g => g.Key, g => g.Sum(d => d.Quantity!.Value));
        return commitments
            .GroupBy(c => (c.Principle, Unit: c.Unit.Trim().ToLowerInvariant()))
            .OrderBy(g => g.Key.Principle is null ? int.MaxValue : (int)g.Key.Principle).ThenBy(g => g.Key.Unit, StringComparer.Ordinal)
            .Select(g => new SocialValueFigure(g.Key.Principle, g.Key.Unit, g.Sum(c => c.Quantity), g.Sum(c => deliveredBy.GetValueOrDefault(c.Id))))
            .ToList();
    }
}
