using LeedsCommissioning.Domain.Opportunities;

namespace LeedsCommissioning.Web.Features.Opportunities;

/// <summary>One opportunity as anyone sees it, plus, for a provider user, their own interest, questions and bids.</summary>
public sealed class OpportunityDetailsViewModel
{
    public required int Id { get; init; }

    public required string Title { get; init; }

    /// <summary>After award (issue 13, "Published results"): per lot, the bids, how many from small and from local organisations, and the winner.</summary>
    public IReadOnlyList<LotResultRow>? Results { get; set; }

    public string? Description { get; init; }

    public required string ServiceArea { get; init; }

    public required string Organisation { get; init; }

    public decimal EstimatedValue { get; init; }

    public required string TermShape { get; init; }

    public required string Route { get; init; }

    public OpportunityStage Stage { get; init; }

    public DateOnly? PublishOn { get; init; }

    public DateTime? ClarificationDeadlineUtc { get; init; }

    public DateTime? BidDeadlineUtc { get; init; }

    public DateOnly? EvaluationBy { get; init; }

    public DateOnly? AwardBy { get; init; }

    public DateOnly? ContractStart { get; init; }

    public int PriceWeight { get; init; }

    public int QualityWeight { get; init; }

    public int SocialValueWeight { get; init; }

    public bool ConsortiaAllowed { get; init; }

    public bool PaymentByResults { get; init; }

    public bool SuitableForSmallOrganisations { get; init; }

    public string? SingleLotReason { get; init; }

    public IReadOnlyList<LotRow> Lots { get; init; } = [];

    public IReadOnlyList<QualityQuestionRow> QualityQuestions { get; init; } = [];

    public IReadOnlyList<CriterionRow> SocialValue { get; init; } = [];

    public IReadOnlyList<NoticeRow> Clarifications { get; init; } = [];

    public IReadOnlyList<PublishedAnswerRow> Answers { get; init; } = [];

    public bool IsProvider { get; set; }

    public bool InterestRegistered { get; set; }

    public bool OpenForQuestions { get; init; }

    public IReadOnlyList<YourBidRow> YourBids { get; set; } = [];

    /// <summary>The provider's own questions still waiting for an answer.</summary>
    public IReadOnlyList<string> YourWaitingQuestions { get; set; } = [];

    public bool IsOpen => Stage == OpportunityStage.Open;
}

/// <summary>
/// A lot's published result: bids opened, how many from small organisations (micro or small band, SizeBands.IsSmall) and from
/// local organisations (Keep it Local's rule, LocalCapacity.IsLocalOrganisation), and who it was awarded to (null: not awarded).
/// </summary>
public sealed record LotResultRow(int Number, string Title, int Bids, int FromSmall, int FromLocal, string? AwardedTo);
