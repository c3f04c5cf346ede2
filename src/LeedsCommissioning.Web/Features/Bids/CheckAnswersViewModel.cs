using LeedsCommissioning.Web.Features.Shared;

namespace LeedsCommissioning.Web.Features.Bids;

/// <summary>A provider's check answers page before sending a bid: everything it will send, and the declaration (null once bids have closed).</summary>
public sealed class CheckAnswersViewModel
{
    public required string OpportunityTitle { get; init; }

    public required string LotTitle { get; init; }

    public required string BidUrl { get; init; }

    public required IReadOnlyList<CheckAnswersSection> Sections { get; init; }

    public DateTime BidDeadlineUtc { get; init; }

    public DeclarationModel? Declaration { get; init; }
}
