namespace LeedsCommissioning.Web.Features.Bids;

public sealed class ReceiptViewModel
{
    public int OpportunityId { get; set; }

    public int LotId { get; set; }

    public string OpportunityTitle { get; set; } = "";

    public string LotTitle { get; set; } = "";

    public string Receipt { get; set; } = "";

    public DateTime SubmittedAtUtc { get; set; }

    public DateTime BidDeadlineUtc { get; set; }

    public decimal TotalPrice { get; set; }

    public string Provider { get; set; } = "";
}
