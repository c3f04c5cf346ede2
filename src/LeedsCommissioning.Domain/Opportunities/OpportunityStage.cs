namespace LeedsCommissioning.Domain.Opportunities;

/// <summary>What a person sees: the stored status with "Closed" derived from the clock.</summary>
public enum OpportunityStage
{
    Draft = 0,
    Approved = 1,
    Open = 2,
    Closed = 3,
    InEvaluation = 4,
    Awarded = 5,
    Cancelled = 6,
}
