using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Decisions;
using LeedsCommissioning.Domain.Waivers;
using static LeedsCommissioning.Domain.Tests.Waivers.WaiverExamples;

namespace LeedsCommissioning.Domain.Tests.Waivers;

public sealed class Deciding_a_waiver
{
    [Fact]
    public void a_decision_maker_approves_a_submitted_waiver_with_reasons_and_date()
    {
        var waiver = Submitted();

        waiver.Decide(Director, approve: true, "Specialist provider; no market", new DateOnly(2019, 10, 30), DecisionRules.Default);

        Assert.Equal(WaiverStatus.Approved, waiver.Status);
        Assert.Equal(DecisionOutcome.Approved, waiver.Decision.Outcome);
        Assert.Equal(new DateOnly(2019, 10, 30), waiver.Decision.OutcomeOn);
        Assert.Equal("Helen Carter", waiver.Decision.DecisionMakerName);
        Assert.Equal("Specialist provider; no market", waiver.Decision.OutcomeReasons);
    }

    [Fact]
    public void a_refusal_is_recorded_as_refused()
    {
        var waiver = Submitted();

        waiver.Decide(Director, approve: false, "Competition is practicable", Today, DecisionRules.Default);

        Assert.Equal(WaiverStatus.Refused, waiver.Status);
        Assert.Equal(DecisionOutcome.Refused, waiver.Decision.Outcome);
    }

    [Fact]
    public void someone_who_is_not_a_decision_maker_cannot_decide()
    {
        var waiver = Submitted();

        var ex = Assert.Throws<DomainException>(() =>
            waiver.Decide(new Decider("po-2", "Another officer", IsDecisionMaker: false), true, "ok", Today, DecisionRules.Default));

        Assert.Contains("Only a decision maker", ex.Message);
        Assert.Equal(WaiverStatus.Submitted, waiver.Status);
    }

    [Fact]
    public void nobody_decides_their_own_request()
    {
        var waiver = Submitted();

        var ex = Assert.Throws<DomainException>(() =>
            waiver.Decide(new Decider(AuthorId, "Grace Okafor", IsDecisionMaker: true), true, "ok", Today, DecisionRules.Default));

        Assert.Equal("You cannot decide a waiver you requested", ex.Message);
    }

    [Fact]
    public void a_draft_cannot_be_decided()
    {
        var waiver = Draft();

        Assert.Throws<DomainException>(() => waiver.Decide(Director, true, "ok", Today, DecisionRules.Default));
    }

    [Fact]
    public void reasons_are_required()
    {
        var waiver = Submitted();

        var ex = Assert.Throws<DomainException>(() => waiver.Decide(Director, false, "  ", Today, DecisionRules.Default));

        Assert.Equal(nameof(DecisionRecord.OutcomeReasons), ex.Field);
    }

    [Fact]
    public void a_decided_waiver_is_read_only_and_cannot_be_decided_again()
    {
        var waiver = Submitted();
        waiver.Decide(Director, true, "ok", Today, DecisionRules.Default);

        Assert.Throws<DomainException>(() => waiver.UpdateDraft(Complete()));
        Assert.Throws<DomainException>(() => waiver.Decide(Director, false, "changed my mind", Today, DecisionRules.Default));
        Assert.Throws<DomainException>(() => waiver.Submit(Today, DecisionRules.Default));
    }
}
