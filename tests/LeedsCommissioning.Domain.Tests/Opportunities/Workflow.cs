using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Opportunities;

namespace LeedsCommissioning.Domain.Tests.Opportunities;

public sealed class Workflow
{
    [Fact]
    public void the_author_cannot_approve_their_own_opportunity()
    {
        var o = Drafts.Submitted();

        var ex = Assert.Throws<DomainException>(() => o.Approve("author", "Grace Okafor", Drafts.LocalBidders(3, 3), 500_000m, Drafts.Now));

        Assert.Equal("You drafted this opportunity, so someone else must approve it", ex.Message);
    }

    [Fact]
    public void goes_from_draft_to_submitted_to_approved_to_open_to_closed_by_the_clock()
    {
        var o = Drafts.Ready();
        o.SubmitForApproval("author", "Grace Okafor", Drafts.LocalBidders(3, 3), Drafts.Now);
        Assert.Equal(OpportunityStage.AwaitingApproval, o.StageAt(Drafts.Now));
        o.Approve("approver", "Priya Shah", Drafts.LocalBidders(3, 3), 500_000m, Drafts.Now);
        Assert.Equal(OpportunityStage.Approved, o.StageAt(Drafts.Now));

        o.Publish("officer", "Tom Bennett", Drafts.Now, "A day before its planned date, for the providers' forum.");

        Assert.Equal(OpportunityStage.Open, o.StageAt(Drafts.BidDeadline.AddSeconds(-1)));
        Assert.Equal(OpportunityStage.Closed, o.StageAt(Drafts.BidDeadline));
        Assert.Equal(OpportunityStatus.Published, o.Status);
        Assert.Equal(new DateOnly(2026, 11, 26), o.PublishOn);
    }

    [Fact]
    public void an_approved_opportunity_cannot_be_edited_until_returned_to_draft()
    {
        var o = Drafts.Submitted();
        o.Approve("approver", "P", Drafts.LocalBidders(3, 3), 500_000m, Drafts.Now);

        Assert.Throws<DomainException>(() => o.SetWeights(30, 60, 10));
        o.ReturnToDraft("author", "Grace Okafor", Drafts.Now.AddHours(1));
        o.SetWeights(30, 50, 20);

        Assert.Null(o.ApprovedByUserId);
        Assert.Equal(ApprovalStepKind.BackToDraft, o.ApprovalSteps[^1].Kind);
    }

    [Fact]
    public void a_draft_cannot_be_published_without_approval()
    {
        Assert.Throws<DomainException>(() => Drafts.Ready().Publish("officer", "Tom Bennett", Drafts.Now));
    }

    [Fact]
    public void after_publication_changes_are_dated_clarifications()
    {
        var o = Drafts.Published();

        Assert.Throws<DomainException>(() => o.Describe("New title", null, Domain.Reference.ServiceArea.SupportInTheCommunity, 1));
        var notice = o.PublishClarification("Lot 2 includes Seacroft.", "Grace Okafor", Drafts.Now.AddDays(1));

        Assert.Equal(1, notice.Number);
        Assert.Equal(Drafts.Now.AddDays(1), notice.PublishedAtUtc);
    }

    [Fact]
    public void moving_the_deadline_later_publishes_a_clarification()
    {
        var o = Drafts.Published();

        o.ExtendBidDeadline(Drafts.BidDeadline.AddDays(7), "More time for consortia to form.", "Grace Okafor", Drafts.Now);

        Assert.Equal(Drafts.BidDeadline.AddDays(7), o.BidDeadlineUtc);
        Assert.StartsWith("The bid deadline has moved from 17 December 2026 at midday to 24 December 2026 at midday.", o.Clarifications.Single().Text, StringComparison.Ordinal);
    }

    [Fact]
    public void evaluation_starts_only_after_the_deadline_then_the_outcome_is_recorded()
    {
        var o = Evaluation.Panels.Closed();
        Assert.Throws<DomainException>(() => o.StartEvaluation(Drafts.BidDeadline.AddMinutes(-1)));

        o.StartEvaluation(Drafts.BidDeadline);
        var lots = o.Lots.Select((_, i) => Awards.Awarding.Approved(o, i)).ToList();
        Assert.True(o.CompleteAward(lots, Drafts.BidDeadline.AddDays(30)));

        Assert.Equal(OpportunityStatus.Awarded, o.Status);
        Assert.Equal(OpportunityStage.Awarded, o.StageAt(Drafts.BidDeadline.AddDays(30)));
        Assert.Throws<DomainException>(() => o.Cancel("Too late", Drafts.BidDeadline.AddDays(31)));
    }

    [Fact]
    public void cancelling_needs_a_reason()
    {
        var ex = Assert.Throws<DomainException>(() => Drafts.Published().Cancel(" ", Drafts.Now));

        Assert.Equal("OutcomeNote", ex.Field);
    }

    [Fact]
    public void the_timetable_must_run_in_order()
    {
        var o = Drafts.Ready();

        var ex = Assert.Throws<DomainException>(() => o.SetTimetable(new DateOnly(2026, 12, 1), Drafts.ClarificationDeadline,
            Drafts.ClarificationDeadline.AddHours(-1), new DateOnly(2027, 1, 15), new DateOnly(2027, 2, 15), new DateOnly(2027, 4, 1)));

        Assert.Equal("BidDeadline", ex.Field);
        Assert.Equal("The bid deadline must be after the clarification deadline", ex.Message);
    }

    [Fact]
    public void every_date_out_of_order_is_reported_at_once()
    {
        var o = Drafts.Ready();

        var ex = Assert.Throws<DomainException>(() => o.SetTimetable(new DateOnly(2026, 12, 1), Drafts.ClarificationDeadline,
            Drafts.ClarificationDeadline.AddHours(-1), new DateOnly(2027, 1, 15), new DateOnly(2027, 1, 10), new DateOnly(2027, 4, 1)));

        Assert.Equal(["BidDeadline", "AwardBy"], ex.Errors.Select(e => e.Field));
        Assert.Equal("The award date must be after the evaluation date", ex.Errors[1].Message);
    }

    [Fact]
    public void questions_close_at_the_clarification_deadline()
    {
        var o = Drafts.Published();

        var ex = Assert.Throws<DomainException>(() => o.Ask(5, "user", "Can we bid for two lots?", Drafts.ClarificationDeadline));

        Assert.Equal("The deadline for questions was 10 December 2026 at midday", ex.Message);
    }

    [Fact]
    public void the_term_shape_reads_as_initial_plus_extensions()
    {
        var o = Drafts.Ready();

        Assert.Equal("36 months + 12 + 12 months optional extensions", o.TermShape);
        Assert.Equal(5, o.PriceYears);
    }
}
