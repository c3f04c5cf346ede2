namespace LeedsCommissioning.Web.Features.BidOpening;

public sealed class OpenedBidsViewModel
{
    public int OpportunityId { get; set; }

    public string OpportunityTitle { get; set; } = "";

    public DateTime BidDeadlineUtc { get; set; }

    public IReadOnlyList<(int LotId, int Number, string Title)> Lots { get; set; } = [];

    public IReadOnlyList<OpenedBidRow> Bids { get; set; } = [];
}
