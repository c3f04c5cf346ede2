namespace LeedsCommissioning.Domain.Opportunities;

/// <summary>The content a provider enters. Lists are in the order of the rules (years, questions, criteria).</summary>
public sealed record BidContent(
    IReadOnlyList<decimal?> YearPrices,
    IReadOnlyList<string?> Answers,
    IReadOnlyList<decimal?> Commitments,
    IReadOnlyList<string> ConsortiumMembers);
