using LeedsCommissioning.Domain.Awards;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Decisions;
using LeedsCommissioning.Domain.Evaluation;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Domain.Waivers;

namespace LeedsCommissioning.Domain.Tests.Awards;

public sealed class Recommending_and_deciding_an_award
{
    [Fact]
    public void the_first_ranked_bid_is_recommended_as_a_decision_record_waiting_for_the_decision_maker()
    {
        var award = Awarding.Recommend(Awarding.InEvaluation());

        Assert.Equal((AwardStatus.AwaitingDecision, "Aire Care", 1, 300_000m), (award.Status, award.ProviderName, award.Rank, award.TotalPrice));
        Assert.Equal(DecisionOutcome.Pending, award.Decision.Outcome);
        Assert.Equal("Director of Adults and Health", award.Decision.DecisionMakerRole);
    }

    [Fact]
    public void under_the_key_decision_threshold_it_is_a_delegated_significant_operational_decision_and_at_it_a_key_decision()
    {
        var below = Awarding.Recommend(Awarding.InEvaluation(), firstPrice: 499_999.99m);
        var at = Awarding.Recommend(Awarding.InEvaluation(), firstPrice: 500_000m);

        Assert.Equal((DecisionRoute.DelegatedDecision, DecisionKind.SignificantOperationalDecision, false), (below.Decision.Route, below.Decision.Kind, below.Decision.IsOpenForCallIn));
        Assert.Equal((DecisionRoute.DelegatedDecision, DecisionKind.KeyDecision, true), (at.Decision.Route, at.Decision.Kind, at.Decision.IsOpenForCallIn));
    }

    [Fact]
    public void a_bid_other_than_the_first_ranked_needs_a_reason()
    {
        var o = Awarding.InEvaluation();

        var ex = Assert.Throws<DomainException>(() => Awarding.Recommend(o, bidId: 2));
        var withReason = Awarding.Recommend(o, bidId: 2, reason: "Aire Care withdrew after the evaluation.");

        Assert.Equal(("Reason", "Enter why you recommend a bid that is not ranked first"), (ex.Field, ex.Message));
        Assert.Equal(("Beeston Support", 2), (withReason.ProviderName, withReason.Rank));
    }

    [Fact]
    public void not_awarding_a_lot_needs_a_reason_and_a_bid_must_be_of_the_lot()
    {
        var o = Awarding.InEvaluation();
        var ranking = Awarding.Ranking(o);

        var noReason = Assert.Throws<DomainException>(() => LotAward.Recommend(o, o.Lots[0].Id, ranking, null, " ", [], "officer", "Grace Okafor", Awarding.AfterDeadline, "Director", DecisionRules.Default));
        var stranger = Assert.Throws<DomainException>(() => LotAward.Recommend(o, o.Lots[0].Id, ranking, 99, null, [], "officer", "Grace Okafor", Awarding.AfterDeadline, "Director", DecisionRules.Default));
        var notAwarding = LotAward.Recommend(o, o.Lots[0].Id, ranking, null, "No bid met the quality threshold.", [], "officer", "Grace Okafor", Awarding.AfterDeadline, "Director", DecisionRules.Default);

        Assert.Equal("Enter why you recommend not awarding the lot", noReason.Message);
        Assert.Equal(("BidId", "Select a bid on this lot"), (stranger.Field, stranger.Message));
        Assert.False(notAwarding.IsAwarding);
        Assert.Equal(DecisionKind.SignificantOperationalDecision, notAwarding.Decision.Kind);
    }

    [Fact]
    public void nothing_is_recommended_until_the_ranking_is_complete()
    {
        var o = Awarding.InEvaluation();
        var incomplete = LotRanking.Rank(o, o.Lots[0].Id,
            [new BidForRanking(1, 10, "Aire Care", 300_000m, new Dictionary<ScoreItem, int> { [new(ScoreItemKind.Quality, 700)] = 4 })],
            EvaluationRules.Default);

        var ex = Assert.Throws<DomainException>(() => LotAward.Recommend(o, o.Lots[0].Id, incomplete, 1, null, [], "officer", "Grace Okafor", Awarding.AfterDeadline, "Director", DecisionRules.Default));

        Assert.Equal("The award can be recommended only when every bid of the lot has been moderated and ranked", ex.Message);
    }

    [Fact]
    public void nobody_approves_their_own_recommendation()
    {
        var award = Awarding.Recommend(Awarding.InEvaluation());

        var ex = Assert.Throws<DomainException>(() => award.Decide(new Decider("officer", "Grace Okafor", true), true, "Fine.", Awarding.Today, DecisionRules.Default));

        Assert.Equal("You cannot decide an award you recommended: another decision maker must decide it", ex.Message);
        Assert.Equal(AwardStatus.AwaitingDecision, award.Status);
    }

    [Fact]
    public void only_a_decision_maker_decides()
    {
        var award = Awarding.Recommend(Awarding.InEvaluation());

        Assert.Throws<DomainException>(() => award.Decide(new Decider("commissioner", "Priya Shah", false), true, "Fine.", Awarding.Today, DecisionRules.Default));
    }

    [Fact]
    public void the_decision_maker_approves_with_reasons_recorded_on_the_decision()
    {
        var award = Awarding.Recommend(Awarding.InEvaluation());

        award.Decide(Awarding.Director, true, "The highest scoring bid.", Awarding.Today, DecisionRules.Default);

        Assert.Equal(AwardStatus.Approved, award.Status);
        Assert.Equal((DecisionOutcome.Approved, "Helen Carter", "The highest scoring bid.", Awarding.Today),
            (award.Decision.Outcome, award.Decision.DecisionMakerName, award.Decision.OutcomeReasons, award.Decision.OutcomeOn));
    }

    [Fact]
    public void sent_back_the_officer_may_recommend_again_but_not_while_one_waits_or_is_approved()
    {
        var o = Awarding.InEvaluation();
        var first = Awarding.Recommend(o);
        var waiting = Assert.Throws<DomainException>(() => Awarding.Recommend(o, earlier: [first]));

        first.Decide(Awarding.Director, false, "Check the abnormally low price first.", Awarding.Today, DecisionRules.Default);
        var second = Awarding.Recommend(o, earlier: [first]);
        second.Decide(Awarding.Director, true, "Checked.", Awarding.Today, DecisionRules.Default);
        var approved = Assert.Throws<DomainException>(() => Awarding.Recommend(o, earlier: [first, second]));

        Assert.Equal("A recommendation for this lot is already waiting for a decision", waiting.Message);
        Assert.Equal((AwardStatus.SentBack, DecisionOutcome.Refused), (first.Status, first.Decision.Outcome));
        Assert.Equal("The award of this lot has already been approved", approved.Message);
    }

    [Fact]
    public void the_opportunity_is_awarded_when_every_lot_is_decided()
    {
        var o = Awarding.InEvaluation();
        var lot1 = Awarding.Approved(o);
        var lot2 = LotAward.Recommend(o, o.Lots[1].Id, Awarding.Ranking(o, 1), null, "No bid was affordable.", [], "officer", "Grace Okafor", Awarding.AfterDeadline, "Director", DecisionRules.Default);

        Assert.False(o.CompleteAward([lot1, lot2], Awarding.AfterDeadline));
        lot2.Decide(Awarding.Director, true, "Agreed.", Awarding.Today, DecisionRules.Default);
        Assert.True(o.CompleteAward([lot1, lot2], Awarding.AfterDeadline));

        Assert.Equal(OpportunityStatus.Awarded, o.Status);
        Assert.Equal([10, null], o.Lots.Select(l => l.AwardedProviderId));
    }
}
