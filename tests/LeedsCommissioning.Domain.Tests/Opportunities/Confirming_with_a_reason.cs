using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Domain.Reference;

namespace LeedsCommissioning.Domain.Tests.Opportunities;

/// <summary>Issue 19: publishing before the planned date, and approving lots worth more than the estimate, each need a reason, kept in the approval history.</summary>
public sealed class Confirming_with_a_reason
{
    private static readonly DateTime PlannedDay = new(2026, 11, 27, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void publishing_before_the_planned_date_is_refused_without_a_reason()
    {
        var o = Approved();

        Assert.True(o.PublishingOverridesPlannedDate(Drafts.Now));
        var ex = Assert.Throws<DomainException>(() => o.Publish("officer", "Tom Bennett", Drafts.Now, " "));

        Assert.Equal("Enter why you are publishing it before its planned date of 27 November 2026", ex.Message);
        Assert.Equal("Reason", ex.Field);
        Assert.Equal(OpportunityStatus.Approved, o.Status);
    }

    [Fact]
    public void publishing_before_the_planned_date_keeps_the_reason_in_the_approval_history()
    {
        var o = Approved();

        o.Publish("officer", "Tom Bennett", Drafts.Now, "The providers' forum meets today.");

        var step = o.ApprovalSteps[^1];
        Assert.Equal((ApprovalStepKind.Published, "officer", "Tom Bennett", Drafts.Now, "The providers' forum meets today."),
            (step.Kind, step.ByUserId, step.ByName, step.AtUtc, step.Reason));
        Assert.Equal(new DateOnly(2026, 11, 26), o.PublishOn);
    }

    [Fact]
    public void publishing_on_the_planned_date_needs_no_reason()
    {
        var o = Approved();

        Assert.False(o.PublishingOverridesPlannedDate(PlannedDay));
        o.Publish("officer", "Tom Bennett", PlannedDay);

        Assert.Equal((ApprovalStepKind.Published, (string?)null), (o.ApprovalSteps[^1].Kind, o.ApprovalSteps[^1].Reason));
    }

    [Fact]
    public void approving_lots_worth_more_than_the_estimate_is_refused_without_a_reason()
    {
        var o = OverEstimate();

        var ex = Assert.Throws<DomainException>(() => o.Approve("approver", "Priya Shah", Drafts.LocalBidders(3, 3), 500_000m, Drafts.Now));

        Assert.Equal("Enter why you are approving it although its lots are worth more than its estimate", ex.Message);
        Assert.Equal("Reason", ex.Field);
        Assert.Equal(OpportunityStatus.SubmittedForApproval, o.Status);
    }

    [Fact]
    public void approving_lots_worth_more_than_the_estimate_keeps_the_reason_in_the_approval_history()
    {
        var o = OverEstimate();

        o.Approve("approver", "Priya Shah", Drafts.LocalBidders(3, 3), 500_000m, Drafts.Now, "The estimate is being revised upwards.");

        Assert.Equal((ApprovalStepKind.Approved, "The estimate is being revised upwards."), (o.ApprovalSteps[^1].Kind, o.ApprovalSteps[^1].Reason));
    }

    [Fact]
    public void approving_within_the_estimate_needs_no_reason()
    {
        var o = Drafts.Submitted();

        o.Approve("approver", "Priya Shah", Drafts.LocalBidders(3, 3), 500_000m, Drafts.Now);

        Assert.Equal(OpportunityStatus.Approved, o.Status);
        Assert.Null(o.ApprovalSteps[^1].Reason);
    }

    private static Opportunity Approved()
    {
        var o = Drafts.Submitted();
        o.Approve("approver", "Priya Shah", Drafts.LocalBidders(3, 3), 500_000m, Drafts.Now);
        return o;
    }

    /// <summary>Two lots of £100,000 a year over 60 months are £1,000,000: more than a £900,000 estimate.</summary>
    private static Opportunity OverEstimate()
    {
        var o = Drafts.Ready();
        o.SetCommercials(900_000m, 36, [12, 12], ProcurementProcedure.LightTouch, false, true);
        o.SubmitForApproval("author", "Grace Okafor", Drafts.LocalBidders(3, 3), Drafts.Now);
        return o;
    }
}
