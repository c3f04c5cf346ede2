using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Evaluation;
using LeedsCommissioning.Domain.Tests.Opportunities;

namespace LeedsCommissioning.Domain.Tests.Evaluation;

/// <summary>
/// The two-lot opportunity of <see cref="Panels.Closed"/>: price 40, quality 50 (Q1 weight 30, Q2 weight 20), social
/// value 10 shared by criteria 1 and 2 (5 each).
/// </summary>
public sealed class Ranking_a_lot
{
    private static readonly Dictionary<int, string> Criteria = new() { [1] = "Local jobs", [2] = "Volunteering hours" };

    private static BidForRanking Bid(int id, string name, decimal price, int? q1, int? q2, int? sv1, int? sv2)
    {
        var scores = new Dictionary<ScoreItem, int>();
        void Put(ScoreItemKind kind, int item, int? score)
        {
            if (score is { } s)
            {
                scores[new ScoreItem(kind, item)] = s;
            }
        }

        Put(ScoreItemKind.Quality, 700, q1);
        Put(ScoreItemKind.Quality, 701, q2);
        Put(ScoreItemKind.SocialValue, 1, sv1);
        Put(ScoreItemKind.SocialValue, 2, sv2);
        return new BidForRanking(id, id * 10, name, price, scores);
    }

    private static LotRanking Rank(params BidForRanking[] bids) => Rank(EvaluationRules.Default, bids);

    private static LotRanking Rank(EvaluationRules rules, params BidForRanking[] bids)
    {
        var o = Panels.Closed();
        return LotRanking.Rank(o, o.Lots[0].Id, bids, rules, Criteria);
    }

    [Fact]
    public void price_scores_the_price_weight_times_the_lowest_price_over_the_bids_price()
    {
        var ranking = Rank(Bid(1, "Aire Care", 300_000m, 5, 5, 5, 5), Bid(2, "Beeston Support", 400_000m, 5, 5, 5, 5));

        Assert.Equal(300_000m, ranking.LowestPrice);
        Assert.Equal(40m, ranking.Rows.Single(r => r.BidId == 1).PriceScore);
        Assert.Equal(30m, ranking.Rows.Single(r => r.BidId == 2).PriceScore);
    }

    [Fact]
    public void a_quality_question_scores_its_weight_times_the_agreed_score_over_5_and_social_value_is_shared_equally_between_the_criteria()
    {
        var row = Rank(Bid(1, "Aire Care", 300_000m, 3, 4, 2, 5)).Rows.Single();

        Assert.Equal(
            [("Q1: How will you reach people?", 30m, 3, 18m), ("Q2: How will service users shape the service?", 20m, 4, 16m), ("Local jobs", 5m, 2, 2m), ("Volunteering hours", 5m, 5, 5m)],
            row.Items.Select(i => (i.Name, i.Weight, i.AgreedScore!.Value, i.Weighted!.Value)));
        Assert.Equal(34m, row.QualityScore);
        Assert.Equal(7m, row.SocialValueScore);
        Assert.Equal(40m + 34m + 7m, row.Total);
    }

    [Fact]
    public void a_third_of_the_social_value_weight_is_kept_at_full_precision()
    {
        var o = Drafts.Ready();
        o.ChooseSocialValueCriteria([1, 2, 3]);

        var model = LotRanking.Model(o, Criteria);

        Assert.Equal(10m / 3, model.Single(i => i.Item == new ScoreItem(ScoreItemKind.SocialValue, 3)).Weight);
        Assert.Equal(100m, o.PriceWeight + model.Sum(i => i.Weight), 20);
    }

    [Fact]
    public void ranks_best_first_on_the_total_out_of_100()
    {
        var ranking = Rank(
            Bid(1, "Aire Care", 400_000m, 3, 3, 3, 3),
            Bid(2, "Beeston Support", 300_000m, 4, 4, 4, 4),
            Bid(3, "Chapeltown Circle", 350_000m, 5, 5, 5, 5));

        Assert.Equal([3, 2, 1], ranking.Rows.Select(r => r.BidId));
        Assert.Equal([1, 2, 3], ranking.Rows.Select(r => r.Rank));
        Assert.All(ranking.Rows, r => Assert.False(r.IsTied));
        Assert.True(ranking.IsComplete);
        Assert.Empty(ranking.Missing);
    }

    [Fact]
    public void bids_equal_to_2_decimal_places_tie_and_share_a_rank_and_the_next_rank_is_skipped()
    {
        // 40 x 300,000 / 300,001 = 39.99987: rounds to 40.00, as the lowest bid's price score does.
        var ranking = Rank(
            Bid(1, "Beeston Support", 300_001m, 4, 4, 4, 4),
            Bid(2, "Aire Care", 300_000m, 4, 4, 4, 4),
            Bid(3, "Chapeltown Circle", 300_000m, 3, 4, 4, 4));

        Assert.NotEqual(ranking.Rows[0].Total, ranking.Rows[1].Total);
        Assert.Equal([("Aire Care", 1, true), ("Beeston Support", 1, true), ("Chapeltown Circle", 3, false)],
            ranking.Rows.Select(r => (r.ProviderName, r.Rank, r.IsTied)));
    }

    [Fact]
    public void a_bid_more_than_the_configured_percentage_below_the_mean_is_flagged_abnormally_low_but_still_ranked()
    {
        var bids = new[] { Bid(1, "Aire Care", 200_000m, 5, 5, 5, 5), Bid(2, "Beeston Support", 400_000m, 3, 3, 3, 3), Bid(3, "Chapeltown Circle", 400_000m, 3, 3, 3, 3) };

        var ranking = Rank(bids);
        var stricter = Rank(new EvaluationRules { AbnormallyLowPercentBelowMean = 30m }, bids);

        // Mean £333,333.33; 20% below is £266,666.67, 30% below £233,333.33.
        Assert.Equal(266_666.67m, decimal.Round(ranking.AbnormallyLowBelow, 2));
        Assert.Equal([true, false, false], ranking.Rows.OrderBy(r => r.BidId).Select(r => r.IsAbnormallyLow));
        Assert.Equal(1, ranking.Rows.Single(r => r.BidId == 1).Rank);
        Assert.Equal([true, false, false], stricter.Rows.OrderBy(r => r.BidId).Select(r => r.IsAbnormallyLow));
        Assert.All(Rank(new EvaluationRules { AbnormallyLowPercentBelowMean = 50m }, bids).Rows, r => Assert.False(r.IsAbnormallyLow));
    }

    [Fact]
    public void a_price_exactly_at_the_threshold_is_not_abnormally_low()
    {
        // Mean £250,000; 20% below is £200,000.
        var ranking = Rank(Bid(1, "Aire Care", 200_000m, 5, 5, 5, 5), Bid(2, "Beeston Support", 300_000m, 5, 5, 5, 5));

        Assert.Equal(200_000m, ranking.AbnormallyLowBelow);
        Assert.All(ranking.Rows, r => Assert.False(r.IsAbnormallyLow));
    }

    [Fact]
    public void is_incomplete_and_says_what_is_left_while_any_answer_is_not_moderated()
    {
        var ranking = Rank(Bid(1, "Aire Care", 300_000m, 5, null, 5, null), Bid(2, "Beeston Support", 300_000m, 4, 4, 4, 4));

        Assert.False(ranking.IsComplete);
        Assert.Equal(["Aire Care: Q2: How will service users shape the service?; Volunteering hours"], ranking.Missing);
        var partial = ranking.Rows.Single(r => r.BidId == 1);
        Assert.Equal([5, null, 5, null], partial.Items.Select(i => i.AgreedScore));
        Assert.Null(partial.Items[1].Weighted);
        Assert.Equal(40m + 30m + 5m, partial.Total);
    }

    [Fact]
    public void a_lot_without_bids_is_not_complete()
    {
        var ranking = Rank();

        Assert.False(ranking.IsComplete);
        Assert.Equal(["No bids were opened for this lot"], ranking.Missing);
        Assert.Empty(ranking.Rows);
    }

    [Fact]
    public void refuses_an_agreed_score_off_the_scale_or_for_an_answer_outside_the_model()
    {
        var offScale = Bid(1, "Aire Care", 300_000m, 6, 5, 5, 5);
        var stray = new BidForRanking(2, 20, "Beeston Support", 300_000m, new Dictionary<ScoreItem, int> { [new(ScoreItemKind.Quality, 999)] = 3 });

        Assert.Throws<DomainException>(() => Rank(offScale));
        Assert.Throws<DomainException>(() => Rank(stray));
    }

    [Fact]
    public void a_bid_priced_at_nothing_takes_the_whole_price_weight()
    {
        var ranking = Rank(Bid(1, "Aire Care", 0m, 5, 5, 5, 5), Bid(2, "Beeston Support", 300_000m, 5, 5, 5, 5));

        Assert.Equal(40m, ranking.Rows.Single(r => r.BidId == 1).PriceScore);
        Assert.Equal(0m, ranking.Rows.Single(r => r.BidId == 2).PriceScore);
    }

    [Theory]
    [InlineData(200_000, 40)] // the lowest price takes the whole price weight
    [InlineData(250_000, 30)] // 25% above the lowest loses 25% of it
    [InlineData(400_000, 0)] // twice the lowest scores nothing
    [InlineData(500_000, 0)] // and never less than nothing
    public void the_difference_from_the_lowest_formula_takes_off_the_share_a_price_is_above_the_lowest(int price, int expected)
    {
        Assert.Equal(expected, LotRanking.PriceScore(40, 200_000m, price, PriceFormula.DifferenceFromLowest));
    }

    [Fact]
    public void the_configured_formula_scores_the_price_in_the_ranking()
    {
        var rules = new EvaluationRules { PriceFormula = PriceFormula.DifferenceFromLowest };
        var bids = new[] { Bid(1, "Aire Care", 200_000m, 5, 5, 5, 5), Bid(2, "Beeston Support", 300_000m, 5, 5, 5, 5) };

        var ranking = Rank(rules, bids);

        Assert.Equal(40m, ranking.Rows.Single(r => r.BidId == 1).PriceScore);
        Assert.Equal(20m, ranking.Rows.Single(r => r.BidId == 2).PriceScore);
    }
}
