namespace LeedsCommissioning.Domain.Awards;

/// <summary>Where a lot's award recommendation is: waiting for the decision maker, approved, or sent back to the officer.</summary>
public enum AwardStatus
{
    AwaitingDecision = 0,
    Approved = 1,
    SentBack = 2,
}

public static class AwardStatusNames
{
    public static string ToDisplayName(this AwardStatus status) => status switch
    {
        AwardStatus.AwaitingDecision => "Awaiting decision",
        AwardStatus.Approved => "Approved",
        AwardStatus.SentBack => "Sent back",
        _ => status.ToString(),
    };
}
