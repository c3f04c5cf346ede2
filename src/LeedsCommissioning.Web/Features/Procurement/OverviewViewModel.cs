using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Web.Features.Opportunities;
using LeedsCommissioning.Web.Infrastructure;

namespace LeedsCommissioning.Web.Features.Procurement;

/// <summary>The staff overview: the public face plus the workflow, Keep it Local panel, notices and envelope counts.</summary>
public sealed class OverviewViewModel
{
    public required OpportunityDetailsViewModel Opportunity { get; init; }

    /// <summary>Each stage with its status (<see cref="ProcurementTaskList"/>).</summary>
    public required TaskListModel Tasks { get; init; }

    public OpportunityStatus Status { get; init; }

    /// <summary>Carried by the approval form, so a change made after the approver read the page is refused.</summary>
    public int Version { get; init; }

    public required string AuthorName { get; init; }

    public string? ApprovedByName { get; init; }

    public DateTime? ApprovedAtUtc { get; init; }

    public string? OutcomeNote { get; init; }

    public required KeepItLocalPanel KeepItLocal { get; init; }

    /// <summary>The lots cost more over the whole term than the estimate (a warning, see <see cref="Opportunity.ValueMismatch"/>).</summary>
    public string? ValueMismatch { get; init; }

    public required PublicationNeeds Publication { get; init; }

    public DateOnly PublicationDateUsed { get; init; }

    public IReadOnlyList<(string Field, string Message)> Problems { get; init; } = [];

    public int InterestCount { get; init; }

    public int WaitingQuestions { get; init; }

    /// <summary>Submitted bids per lot id: a count only, which is all staff may know before the deadline.</summary>
    public IReadOnlyDictionary<int, int> SubmittedBids { get; init; } = new Dictionary<int, int>();

    public bool PastDeadline { get; init; }

    public bool IsAuthor { get; init; }

    public bool CanManage { get; init; }

    public bool CanApprove { get; init; }

    public bool CanRecordOutcome { get; init; }

    public bool CanOpenBids { get; init; }

    /// <summary>The approval history, oldest first.</summary>
    public IReadOnlyList<ApprovalStepRow> ApprovalSteps { get; init; } = [];

    /// <summary>The return the author has not yet acted on: shown until the draft is submitted again.</summary>
    public ApprovalStepRow? OutstandingReturn { get; init; }

    /// <summary>The submission waiting for a decision.</summary>
    public ApprovalStepRow? PendingSubmission { get; init; }

    public bool IsDraft => Status == OpportunityStatus.Draft;

    public bool IsAwaitingApproval => Status == OpportunityStatus.SubmittedForApproval;
}
