using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Opportunities;

namespace LeedsCommissioning.Domain.Evaluation;

/// <summary>
/// A bid as the ranking reads it: who sent it, its total price (the sum of its yearly prices) and the moderated
/// (agreed) score 0 to 5 per answer; an answer missing from <paramref name="AgreedScores"/> is not yet moderated.
/// </summary>
public sealed record BidForRanking(int BidId, int ProviderId, string ProviderName, decimal TotalPrice,
    IReadOnlyDictionary<ScoreItem, int> AgreedScores);

/// <summary>
/// One answer's part of a bid's total: its weight in points of 100, the agreed score, and weight x agreed / 5
/// (null while the answer is not moderated).
/// </summary>
public sealed record WeightedItem(ScoreItem Item, string Name, decimal Weight, int? AgreedScore, decimal? Weighted);

/// <summary>One bid's row of the ranking, with its working. Scores are kept at full precision; pages round them to 2 places.</summary>
public sealed record RankedBid(int BidId, int ProviderId, string ProviderName, decimal TotalPrice,
    decimal PriceScore, bool IsAbnormallyLow, IReadOnlyList<WeightedItem> Items,
    decimal QualityScore, decimal SocialValueScore, decimal Total, int Rank, bool IsTied);

/// <summary>
/// The ranking of one lot's bids on the most economically advantageous tender: price, quality and social value with
/// the weights declared before bids opened (domain.md section 3). The rule, written out in docs/domain.md
/// ("Evaluation: moderation, scores and ranking"):
/// <list type="bullet">
/// <item>a quality question of weight w scores w x agreed / 5;</item>
/// <item>the social value weight is shared equally between the opportunity's criteria (the sources give no weight per
/// criterion), each scoring its share x agreed / 5;</item>
/// <item>price scores the price weight x the lowest total price / this bid's total price (<see cref="PriceFormula.LowestPriceRatio"/>);</item>
/// <item>the total is out of 100; totals equal to 2 decimal places tie and share a rank (1, 1, 3);</item>
/// <item>a bid more than the configured percentage below the mean price is flagged as abnormally low, for checking, never excluded.</item>
/// </list>
/// </summary>
public sealed class LotRanking
{
    private LotRanking(int lotId, bool isComplete, IReadOnlyList<string> missing, decimal lowestPrice, decimal meanPrice,
        decimal abnormallyLowBelow, IReadOnlyList<RankedBid> rows)
    {
        LotId = lotId;
        IsComplete = isComplete;
        Missing = missing;
        LowestPrice = lowestPrice;
        MeanPrice = meanPrice;
        AbnormallyLowBelow = abnormallyLowBelow;
        Rows = rows;
    }

    public int LotId { get; }

    /// <summary>The lot has bids and every bid has an agreed score for every answer. Until then the ranking is provisional.</summary>
    public bool IsComplete { get; }

    /// <summary>What is still to moderate, in words, one line per bid (or that the lot has no bids).</summary>
    public IReadOnlyList<string> Missing { get; }

    public decimal LowestPrice { get; }

    public decimal MeanPrice { get; }

    /// <summary>A total price below this is abnormally low: the mean less the configured percentage.</summary>
    public decimal AbnormallyLowBelow { get; }

    /// <summary>Best first; bids whose totals are equal to 2 decimal places share a rank and are marked tied.</summary>
    public IReadOnlyList<RankedBid> Rows { get; }

    /// <summary>Ranks the lot's bids. Social value criteria are named from <paramref name="criterionNames"/> (by criterion id).</summary>
    public static LotRanking Rank(Opportunity opportunity, int lotId, IReadOnlyList<BidForRanking> bids, EvaluationRules rules,
        IReadOnlyDictionary<int, string>? criterionNames = null)
    {
        if (opportunity.Lots.All(l => l.Id != lotId))
        {
            throw new DomainException("The lot is not one of this opportunity's lots");
        }

        var model = Model(opportunity, criterionNames);
        var lowest = bids.Count == 0 ? 0m : bids.Min(b => b.TotalPrice);
        var mean = bids.Count == 0 ? 0m : bids.Average(b => b.TotalPrice);
        var abnormallyLowBelow = mean * (1 - (rules.AbnormallyLowPercentBelowMean / 100m));
        var missing = new List<string>();
        if (bids.Count == 0)
        {
            missing.Add("No bids were opened for this lot");
        }

        var scored = new List<(BidForRanking Bid, decimal Price, IReadOnlyList<WeightedItem> Items, decimal Quality, decimal Social, decimal Total)>();
        foreach (var bid in bids)
        {
            if (bid.AgreedScores.Keys.FirstOrDefault(k => model.All(m => m.Item != k)) is { } stray)
            {
                throw new DomainException($"An agreed score for {bid.ProviderName} is for an answer outside the evaluation model ({stray.Kind} {stray.ItemId})");
            }

            if (bid.AgreedScores.Values.Any(s => !ScoreScale.IsOnScale(s)))
            {
                throw new DomainException($"An agreed score for {bid.ProviderName} is not on the scale from 0 to 5");
            }

            var items = model.Select(m => bid.AgreedScores.TryGetValue(m.Item, out var agreed)
                ? m with { AgreedScore = agreed, Weighted = m.Weight * agreed / ScoreScale.Highest }
                : m).ToList();
            var notModerated = items.Where(i => i.AgreedScore is null).Select(i => i.Name).ToList();
            if (notModerated.Count > 0)
            {
                missing.Add($"{bid.ProviderName}: {string.Join("; ", notModerated)}");
            }

            var price = PriceScore(opportunity.PriceWeight, lowest, bid.TotalPrice, rules.PriceFormula);
            var quality = items.Where(i => i.Item.Kind == ScoreItemKind.Quality).Sum(i => i.Weighted ?? 0m);
            var social = items.Where(i => i.Item.Kind == ScoreItemKind.SocialValue).Sum(i => i.Weighted ?? 0m);
            scored.Add((bid, price, items, quality, social, price + quality + social));
        }

        var rounded = scored.Select(s => Compared(s.Total)).ToList();
        var rows = scored
            .Select(s => new RankedBid(s.Bid.BidId, s.Bid.ProviderId, s.Bid.ProviderName, s.Bid.TotalPrice, s.Price,
                s.Bid.TotalPrice < abnormallyLowBelow, s.Items, s.Quality, s.Social, s.Total,
                Rank: 1 + rounded.Count(r => r > Compared(s.Total)),
                IsTied: rounded.Count(r => r == Compared(s.Total)) > 1))
            .OrderBy(r => r.Rank).ThenBy(r => r.ProviderName, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.BidId)
            .ToList();
        return new LotRanking(lotId, bids.Count > 0 && missing.Count == 0, missing, lowest, mean, abnormallyLowBelow, rows);
    }

    /// <summary>The totals the ranking compares: rounded to 2 decimal places, so bids equal to the penny-point tie.</summary>
    public static decimal Compared(decimal total) => decimal.Round(total, 2, MidpointRounding.AwayFromZero);

    /// <summary>
    /// The price score. <see cref="PriceFormula.DifferenceFromLowest"/>: price weight x (1 - (this price - lowest) / lowest),
    /// never below 0. <see cref="PriceFormula.LowestPriceRatio"/>: price weight x lowest / this price; a bid priced
    /// at £0 is the lowest and takes the whole price weight.
    /// </summary>
    public static decimal PriceScore(int priceWeight, decimal lowestPrice, decimal price, PriceFormula formula) => formula switch
    {
        PriceFormula.LowestPriceRatio => price <= 0m ? priceWeight : priceWeight * lowestPrice / price,
        PriceFormula.DifferenceFromLowest => price <= lowestPrice ? priceWeight
            : lowestPrice <= 0m ? 0m
            : Math.Max(0m, priceWeight * (1m - ((price - lowestPrice) / lowestPrice))),
        _ => throw new ArgumentOutOfRangeException(nameof(formula), formula, "Unknown price formula"),
    };

    /// <summary>
    /// The answers every bid is scored on, in the order panels score them (quality questions by number, then social
    /// value criteria), each with its weight in points of 100.
    /// </summary>
    public static IReadOnlyList<WeightedItem> Model(Opportunity opportunity, IReadOnlyDictionary<int, string>? criterionNames = null)
    {
        var criteria = opportunity.SocialValueCriteria.OrderBy(s => s.SocialValueCriterionId).ToList();
        var share = criteria.Count == 0 ? 0m : (decimal)opportunity.SocialValueWeight / criteria.Count;
        return opportunity.QualityQuestions.OrderBy(q => q.Number)
            .Select(q => new WeightedItem(new ScoreItem(ScoreItemKind.Quality, q.Id), $"Q{q.Number}: {q.Text}", q.Weight, null, null))
            .Concat(criteria.Select(c => new WeightedItem(new ScoreItem(ScoreItemKind.SocialValue, c.SocialValueCriterionId),
                criterionNames is not null && criterionNames.TryGetValue(c.SocialValueCriterionId, out var name) ? name : $"Social value criterion {c.SocialValueCriterionId}",
                share, null, null)))
            .ToList();
    }
}
