namespace LeedsCommissioning.Domain.Opportunities;

/// <summary>
/// What a person sees: the stored status with "Closed" derived from the clock, and "Returned" for a draft an
/// approver sent back that its author has not submitted again. Never stored (the order is the order of the list's filters).
/// </summary>
public enum OpportunityStage
{
    Draft = 0,
    Returned = 1,
    AwaitingApproval = 2,
    Approved = 3,
    Open = 4,
    Closed = 5,
    InEvaluation = 6,
    Awarded = 7,
    Cancelled = 8,
}
