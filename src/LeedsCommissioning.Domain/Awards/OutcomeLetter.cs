using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Evaluation;

namespace LeedsCommissioning.Domain.Awards;

/// <summary>
/// The outcome letter a bidder receives when the award of their lot is approved (issue 13): successful or not, and the
/// Procurement Act's assessment summary content, for each award criterion (each quality question, each social value
/// criterion, price) their score and the winning bid's, with the reasons (the moderation rationales for their own bid);
/// the winner's name. It never holds another bidder's price, nor any other bidder's name than the winner's. Written once,
/// at approval, so it says what was decided.
/// </summary>
public sealed class OutcomeLetter : IAuditable
{
    private readonly List<OutcomeLetterLine> _lines = [];

    private OutcomeLetter() { }

    public int Id { get; private set; }

    public int LotAwardId { get; private set; }

    public int OpportunityId { get; private set; }

    public int LotId { get; private set; }

    public int BidId { get; private set; }

    public int ProviderId { get; private set; }

    public bool IsSuccessful { get; private set; }

    public string WinnerName { get; private set; } = "";

    /// <summary>The bidder's own total price (their own figure; the winner's price is never in a letter).</summary>
    public decimal OwnTotalPrice { get; private set; }

    /// <summary>The bidder's weighted total out of 100, to 2 places.</summary>
    public decimal OwnTotal { get; private set; }

    /// <summary>The winning bid's weighted total out of 100, to 2 places.</summary>
    public decimal WinnerTotal { get; private set; }

    public DateTime IssuedAtUtc { get; private set; }

    public IReadOnlyList<OutcomeLetterLine> Lines => _lines;

    /// <summary>
    /// The letters of an approved award of a bid: one per ranked bid of the lot. <paramref name="rationales"/> gives, per bid,
    /// the moderation rationale of each answer.
    /// </summary>
    public static IReadOnlyList<OutcomeLetter> ForApprovedAward(
        LotAward award, LotRanking ranking, int priceWeight, IReadOnlyDictionary<int, IReadOnlyDictionary<ScoreItem, string>> rationales, DateTime nowUtc)
    {
        if (award.Status != AwardStatus.Approved || award.BidId is not { } winnerBidId)
        {
            throw new DomainException("Outcome letters follow an approved award of a bid");
        }

        var winner = ranking.Rows.Single(r => r.BidId == winnerBidId);
        return ranking.Rows.Select(row =>
        {
            var letter = new OutcomeLetter
            {
                LotAwardId = award.Id,
                OpportunityId = award.OpportunityId,
                LotId = award.LotId,
                BidId = row.BidId,
                ProviderId = row.ProviderId,
                IsSuccessful = row.BidId == winnerBidId,
                WinnerName = winner.ProviderName,
                OwnTotalPrice = row.TotalPrice,
                OwnTotal = Round(row.Total),
                WinnerTotal = Round(winner.Total),
                IssuedAtUtc = nowUtc,
            };
            var reasons = rationales.GetValueOrDefault(row.BidId);
            var order = 0;
            foreach (var item in row.Items)
            {
                var winning = winner.Items.Single(w => w.Item == item.Item);
                letter._lines.Add(new OutcomeLetterLine(++order, item.Name, item.Weight, item.AgreedScore, Round(item.Weighted ?? 0m),
                    winning.AgreedScore, Round(winning.Weighted ?? 0m), reasons?.GetValueOrDefault(item.Item)));
            }

            letter._lines.Add(new OutcomeLetterLine(++order, "Price", priceWeight, null, Round(row.PriceScore), null, Round(winner.PriceScore), null));
            return letter;
        }).ToList();
    }

    private static decimal Round(decimal value) => decimal.Round(value, 2, MidpointRounding.AwayFromZero);
}

/// <summary>
/// One award criterion of an outcome letter: its name and weight, the bidder's agreed score (0 to 5) and weighted score,
/// the winning bid's, and the reasons for the bidder's score. Price has a weighted score only.
/// </summary>
public sealed class OutcomeLetterLine
{
    private OutcomeLetterLine() { }

    internal OutcomeLetterLine(int order, string criterion, decimal? weight, int? ownAgreedScore, decimal ownScore,
        int? winnerAgreedScore, decimal winnerScore, string? reasons)
    {
        Order = order;
        Criterion = criterion;
        Weight = weight;
        OwnAgreedScore = ownAgreedScore;
        OwnScore = ownScore;
        WinnerAgreedScore = winnerAgreedScore;
        WinnerScore = winnerScore;
        Reasons = reasons;
    }

    public int Id { get; private set; }

    public int OutcomeLetterId { get; private set; }

    public int Order { get; private set; }

    public string Criterion { get; private set; } = "";

    public decimal? Weight { get; private set; }

    public int? OwnAgreedScore { get; private set; }

    public decimal OwnScore { get; private set; }

    public int? WinnerAgreedScore { get; private set; }

    public decimal WinnerScore { get; private set; }

    public string? Reasons { get; private set; }
}
