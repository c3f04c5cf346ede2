using LeedsCommissioning.Domain.Awards;
using LeedsCommissioning.Domain.Decisions;
using LeedsCommissioning.Domain.Evaluation;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Domain.Tests.Evaluation;
using LeedsCommissioning.Domain.Waivers;

namespace LeedsCommissioning.Domain.Tests.Awards;

/// <summary>
/// The two-lot opportunity of <see cref="Panels.Closed"/> in evaluation, a complete ranking of lot 1 (Aire Care first,
/// Beeston Support second) and its recommendation by the officer.
/// </summary>
internal static class Awarding
{
    public static readonly DateTime AfterDeadline = Opportunities.Drafts.BidDeadline.AddDays(3);

    public static DateOnly Today => DateOnly.FromDateTime(AfterDeadline);

    public static readonly Decider Director = new("director", "Helen Carter", true);

    public static Opportunity InEvaluation()
    {
        var o = Panels.Closed();
        o.StartEvaluation(Opportunities.Drafts.BidDeadline);
        return o;
    }

    public static BidForRanking Bid(int id, string name, decimal price, int q1, int q2, int sv1, int sv2) =>
        new(id, id * 10, name, price, new Dictionary<ScoreItem, int>
        {
            [new(ScoreItemKind.Quality, 700)] = q1,
            [new(ScoreItemKind.Quality, 701)] = q2,
            [new(ScoreItemKind.SocialValue, 1)] = sv1,
            [new(ScoreItemKind.SocialValue, 2)] = sv2,
        });

    public static LotRanking Ranking(Opportunity o, int lot = 0, decimal firstPrice = 300_000m) =>
        LotRanking.Rank(o, o.Lots[lot].Id,
            [Bid(1 + (lot * 10), "Aire Care", firstPrice, 5, 4, 4, 4), Bid(2 + (lot * 10), "Beeston Support", 280_000m, 3, 3, 2, 2)],
            EvaluationRules.Default, new Dictionary<int, string> { [1] = "Local jobs", [2] = "Volunteering hours" });

    public static LotAward Recommend(Opportunity o, int lot = 0, int? bidId = null, string? reason = null, IEnumerable<LotAward>? earlier = null, decimal firstPrice = 300_000m) =>
        LotAward.Recommend(o, o.Lots[lot].Id, Ranking(o, lot, firstPrice), bidId ?? (1 + (lot * 10)), reason, earlier ?? [],
            "officer", "Grace Okafor", AfterDeadline, "Director of Adults and Health", DecisionRules.Default);

    public static LotAward Approved(Opportunity o, int lot = 0)
    {
        var award = Recommend(o, lot);
        award.Decide(Director, true, "The highest scoring bid.", Today, DecisionRules.Default);
        return award;
    }
}
