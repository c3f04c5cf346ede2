using LeedsCommissioning.Domain.Evaluation;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Infrastructure.Opportunities;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Ranking;

/// <summary>
/// Loads a lot's ranking (issue 13, "Ranking per lot"): the opened bids through <see cref="SealedBids.OpenedForRanking"/>
/// (total price and organisation only), the agreed scores from confirmed moderations only
/// (<see cref="BidModeration.AgreedScores"/>), ranked by <see cref="LotRanking.Rank"/>. Used by the ranking page, the
/// evaluation report and the award.
/// </summary>
public static class LotRankings
{
    /// <summary>
    /// The ranking of one lot of <paramref name="o"/>, which must be loaded with its lots, quality questions and social
    /// value criteria. Before the opening (or the deadline) the lot has no bids.
    /// </summary>
    public static async Task<LotRanking> ForLotAsync(CommissioningDbContext db, Opportunity o, int lotId, EvaluationRules rules, DateTime nowUtc, CancellationToken ct = default)
    {
        var bids = await db.OpenedForRanking(nowUtc).Include(b => b.Prices)
            .Where(b => b.OpportunityId == o.Id && b.LotId == lotId)
            .OrderBy(b => b.Id).ToListAsync(ct);
        var bidIds = bids.Select(b => b.Id).ToList();
        var names = await db.BidOpenings.AsNoTracking().Where(x => x.OpportunityId == o.Id).SelectMany(x => x.Entries)
            .Where(e => bidIds.Contains(e.BidId)).ToDictionaryAsync(e => e.BidId, e => e.ProviderName, ct);
        var panels = await db.EvaluationPanels.AsNoTracking().Where(p => p.OpportunityId == o.Id && p.LotId == lotId).ToListAsync(ct);
        var panelIds = panels.Select(p => p.Id).ToList();
        var moderations = await db.Moderations.AsNoTracking().Include(m => m.Lines)
            .Where(m => panelIds.Contains(m.EvaluationPanelId) && m.ConfirmedAtUtc != null).ToListAsync(ct);
        var criteria = await CriterionNamesAsync(db, o, ct);
        return LotRanking.Rank(o, lotId,
            bids.Select(b => new BidForRanking(b.Id, b.ProviderId, names.GetValueOrDefault(b.Id, ""), b.TotalPrice, BidModeration.AgreedScores(b.Id, panels, moderations))).ToList(),
            rules, criteria);
    }

    /// <summary>The names of the social value criteria, by id, for naming the answers of the model.</summary>
    public static async Task<Dictionary<int, string>> CriterionNamesAsync(CommissioningDbContext db, Opportunity o, CancellationToken ct = default)
    {
        var ids = o.SocialValueCriteria.Select(s => s.SocialValueCriterionId).ToList();
        return await db.SocialValueCriteria.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
    }
}
