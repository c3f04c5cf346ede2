namespace LeedsCommissioning.Domain.Opportunities;

/// <summary>
/// The stored stage. "Closed" is not stored: a published opportunity past its bid deadline is closed
/// (see <see cref="Opportunity.StageAt"/>), whether or not anything has run since.
/// </summary>
public enum OpportunityStatus
{
    Draft = 0,
    Approved = 1,
    Published = 2,
    InEvaluation = 3,
    Awarded = 4,
    Cancelled = 5,

    /// <summary>Sent by its author for approval (issue 11); nobody can change it until it is approved, withdrawn or returned.</summary>
    SubmittedForApproval = 6,
}
