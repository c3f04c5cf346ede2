using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Opportunities;

namespace LeedsCommissioning.Domain.Tests.Opportunities;

/// <summary>
/// Issue 11: the author submits a complete draft; it cannot change while it waits; an approver other than the
/// author approves it or returns it with a reason; the author can withdraw it; a returned draft is edited and
/// submitted again. Every move is a step in the approval history.
/// </summary>
public sealed class Submitting_for_approval
{
    private static readonly Dictionary<int, int> Local = Drafts.LocalBidders(3, 3);

    [Fact]
    public void the_author_submits_a_complete_draft_and_the_step_records_who_and_when()
    {
        var o = Drafts.Ready();

        o.SubmitForApproval("author", "Grace Okafor", Local, Drafts.Now);

        Assert.Equal(OpportunityStatus.SubmittedForApproval, o.Status);
        var step = Assert.Single(o.ApprovalSteps);
        Assert.Equal((ApprovalStepKind.Submitted, "author", "Grace Okafor", Drafts.Now, (string?)null), (step.Kind, step.ByUserId, step.ByName, step.AtUtc, step.Reason));
        Assert.Same(step, o.PendingSubmission);
    }

    [Fact]
    public void an_incomplete_draft_is_refused_with_its_first_problem()
    {
        var o = new Opportunity("Carers' short breaks", null, Domain.Reference.ServiceArea.SupportInTheCommunity, 1, "author", "Grace Okafor", Drafts.Now);

        var ex = Assert.Throws<DomainException>(() => o.SubmitForApproval("author", "Grace Okafor", Local, Drafts.Now));

        Assert.Equal(("EstimatedValue", "Enter the estimated whole-life value"), (ex.Field, ex.Message));
        Assert.Equal(OpportunityStatus.Draft, o.Status);
        Assert.Empty(o.ApprovalSteps);
    }

    [Fact]
    public void only_the_author_submits()
    {
        var ex = Assert.Throws<DomainException>(() => Drafts.Ready().SubmitForApproval("colleague", "Sam Patel", Local, Drafts.Now));

        Assert.Equal("Only Grace Okafor, who drafted this opportunity, can submit it for approval", ex.Message);
    }

    [Fact]
    public void a_submitted_opportunity_cannot_be_submitted_again()
    {
        var ex = Assert.Throws<DomainException>(() => Drafts.Submitted().SubmitForApproval("author", "Grace Okafor", Local, Drafts.Now));

        Assert.StartsWith("This opportunity is waiting for approval", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void nothing_can_be_changed_while_it_waits_for_approval()
    {
        var o = Drafts.Submitted();

        var refusals = new Action[]
        {
            () => o.Describe("New title", null, Domain.Reference.ServiceArea.SupportInTheCommunity, 1),
            () => o.SetWeights(30, 60, 10),
            () => o.AddLot("Lot 3", null, 50_000m, []),
            () => o.UpdateLot(o.Lots[0].Id, "Renamed", null, 50_000m, []),
            () => o.RemoveLot(o.Lots[0].Id),
            () => o.AddQualityQuestion("Another?", 10, 300, null),
            () => o.ChooseSocialValueCriteria([1]),
            () => o.RecordSingleLotReason("One service"),
        };

        foreach (var refusal in refusals)
        {
            var ex = Assert.Throws<DomainException>(refusal);
            Assert.Equal("This opportunity is waiting for approval. Its author can withdraw the submission to change it, or an approver can return it", ex.Message);
        }

        Assert.Equal("Lot 1", o.Lots[0].Title);
        Assert.Equal(40, o.PriceWeight);
    }

    [Fact]
    public void a_draft_that_was_never_submitted_cannot_be_approved()
    {
        var o = Drafts.Ready();

        var ex = Assert.Throws<DomainException>(() => o.Approve("approver", "Priya Shah", Local, 500_000m, Drafts.Now));

        Assert.Equal("This opportunity has not been submitted for approval. Its author submits it when it is complete", ex.Message);
        Assert.Equal(OpportunityStatus.Draft, o.Status);
    }

    [Fact]
    public void an_approver_approves_and_the_step_is_recorded()
    {
        var o = Drafts.Submitted();

        o.Approve("approver", "Priya Shah", Local, 500_000m, Drafts.Now.AddHours(2));

        Assert.Equal(OpportunityStatus.Approved, o.Status);
        Assert.Equal(("approver", "Priya Shah", Drafts.Now.AddHours(2)), (o.ApprovedByUserId, o.ApprovedByName, o.ApprovedAtUtc));
        Assert.Equal([ApprovalStepKind.Submitted, ApprovalStepKind.Approved], o.ApprovalSteps.Select(s => s.Kind));
        Assert.Null(o.PendingSubmission);
    }

    [Fact]
    public void an_approved_opportunity_cannot_be_approved_or_returned_again()
    {
        var o = Drafts.Submitted();
        o.Approve("approver", "Priya Shah", Local, 500_000m, Drafts.Now);

        Assert.Equal("This opportunity is no longer waiting for approval",
            Assert.Throws<DomainException>(() => o.Approve("director", "Ade Bello", Local, 500_000m, Drafts.Now)).Message);
        Assert.Equal("This opportunity is no longer waiting for approval",
            Assert.Throws<DomainException>(() => o.ReturnToAuthor("director", "Ade Bello", "Too late", Drafts.Now)).Message);
    }

    [Fact]
    public void returning_needs_a_reason()
    {
        var o = Drafts.Submitted();

        var ex = Assert.Throws<DomainException>(() => o.ReturnToAuthor("approver", "Priya Shah", "  ", Drafts.Now));

        Assert.Equal(("Reason", "Enter why you are returning the opportunity"), (ex.Field, ex.Message));
        Assert.Equal(OpportunityStatus.SubmittedForApproval, o.Status);
        Assert.Single(o.ApprovalSteps);
    }

    [Fact]
    public void the_author_cannot_return_their_own_submission()
    {
        var ex = Assert.Throws<DomainException>(() => Drafts.Submitted().ReturnToAuthor("author", "Grace Okafor", "Changed my mind", Drafts.Now));

        Assert.Equal("You submitted this opportunity. Withdraw the submission to change it", ex.Message);
    }

    [Fact]
    public void a_draft_cannot_be_returned()
    {
        var ex = Assert.Throws<DomainException>(() => Drafts.Ready().ReturnToAuthor("approver", "Priya Shah", "Not ready", Drafts.Now));

        Assert.Equal("This opportunity is a draft: it is not waiting for approval", ex.Message);
    }

    [Fact]
    public void a_returned_draft_shows_the_reason_until_it_is_edited_and_submitted_again()
    {
        var o = Drafts.Submitted();

        o.ReturnToAuthor("approver", "Priya Shah", "  Lot 2 needs a locality.  ", Drafts.Now.AddHours(1));

        Assert.Equal(OpportunityStatus.Draft, o.Status);
        Assert.Equal(OpportunityStage.Returned, o.StageAt(Drafts.Now.AddHours(1)));
        var returned = o.OutstandingReturn!;
        Assert.Equal(("Priya Shah", Drafts.Now.AddHours(1), "Lot 2 needs a locality."), (returned.ByName, returned.AtUtc, returned.Reason));

        o.UpdateLot(o.Lots[1].Id, "Lot 2", null, 100_000m, [Domain.Reference.Locality.SouthEast]);
        o.SubmitForApproval("author", "Grace Okafor", Local, Drafts.Now.AddHours(2));

        Assert.Null(o.OutstandingReturn);
        Assert.Equal(OpportunityStage.AwaitingApproval, o.StageAt(Drafts.Now.AddHours(2)));
        Assert.Equal([ApprovalStepKind.Submitted, ApprovalStepKind.Returned, ApprovalStepKind.Submitted], o.ApprovalSteps.OrderBy(s => s.Number).Select(s => s.Kind));
        Assert.Equal([1, 2, 3], o.ApprovalSteps.Select(s => s.Number));
    }

    [Fact]
    public void the_author_withdraws_a_submission_to_change_it()
    {
        var o = Drafts.Submitted();

        o.WithdrawSubmission("author", "Grace Okafor", Drafts.Now.AddMinutes(5));
        o.SetWeights(30, 50, 20);

        Assert.Equal(OpportunityStatus.Draft, o.Status);
        Assert.Equal(OpportunityStage.Draft, o.StageAt(Drafts.Now));
        Assert.Equal(ApprovalStepKind.Withdrawn, o.ApprovalSteps[^1].Kind);
        Assert.Null(o.OutstandingReturn);
    }

    [Fact]
    public void only_the_author_withdraws_a_submission()
    {
        var ex = Assert.Throws<DomainException>(() => Drafts.Submitted().WithdrawSubmission("approver", "Priya Shah", Drafts.Now));

        Assert.Equal("Only Grace Okafor, who submitted this opportunity, can withdraw it. Return it to them with a reason instead", ex.Message);
    }

    [Fact]
    public void a_draft_has_no_submission_to_withdraw()
    {
        var ex = Assert.Throws<DomainException>(() => Drafts.Ready().WithdrawSubmission("author", "Grace Okafor", Drafts.Now));

        Assert.Equal("This opportunity is a draft: it is not waiting for approval", ex.Message);
    }
}
