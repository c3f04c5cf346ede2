namespace LeedsCommissioning.Domain.Opportunities;

/// <summary>What a bid on one lot must meet, taken from the opportunity when the bid is changed.</summary>
public sealed record BidRules(
    DateTime DeadlineUtc,
    int PriceYears,
    IReadOnlyList<BidQuestionRule> Questions,
    IReadOnlyList<int> SocialValueCriteria,
    bool ConsortiaAllowed);
