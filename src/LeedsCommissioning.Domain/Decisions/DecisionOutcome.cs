namespace LeedsCommissioning.Domain.Decisions;

public enum DecisionOutcome
{
    Pending = 0,
    Approved = 1,
    Refused = 2,
    Withdrawn = 3,
}
