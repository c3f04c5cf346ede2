using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Decisions;
using LeedsCommissioning.Domain.Waivers;
using static LeedsCommissioning.Domain.Tests.Waivers.WaiverExamples;

namespace LeedsCommissioning.Domain.Tests.Waivers;

public sealed class Correcting_a_decided_waiver
{
    [Fact]
    public void starts_a_new_draft_version_that_points_back_and_keeps_the_old_one()
    {
        var original = Submitted();
        original.Decide(Director, true, "ok", Today, DecisionRules.Default);

        var correction = original.StartCorrection("po-2", "Another officer", new DateOnly(2019, 11, 4));

        Assert.Equal(2, correction.VersionNumber);
        Assert.Equal(original.Id, correction.PreviousVersionId);
        Assert.Equal(WaiverStatus.Draft, correction.Status);
        Assert.Equal(DecisionOutcome.Pending, correction.Decision.Outcome);
        Assert.Equal(original.Value, correction.Value);
        Assert.Equal(original.RulesWaived, correction.RulesWaived);
        Assert.NotSame(original.Decision, correction.Decision);
        Assert.True(original.IsSuperseded);
        Assert.Equal(WaiverStatus.Approved, original.Status);
        Assert.Equal(DecisionOutcome.Approved, original.Decision.Outcome);
    }

    [Fact]
    public void a_draft_is_changed_directly_not_versioned()
    {
        Assert.Throws<DomainException>(() => Draft().StartCorrection("po", "Officer", Today));
    }

    [Fact]
    public void only_the_latest_version_can_be_corrected()
    {
        var original = Submitted();
        original.Decide(Director, false, "no", Today, DecisionRules.Default);
        original.StartCorrection("po", "Officer", Today);

        Assert.Throws<DomainException>(() => original.StartCorrection("po", "Officer", Today));
    }

    [Fact]
    public void editing_the_correction_leaves_the_decided_version_untouched()
    {
        var original = Submitted();
        original.Decide(Director, true, "ok", Today, DecisionRules.Default);
        var correction = original.StartCorrection("po", "Officer", Today);

        correction.UpdateDraft(Complete(value: 49_000m));

        Assert.Equal(47_600m, original.Value);
        Assert.Equal(49_000m, correction.Value);
    }
}
