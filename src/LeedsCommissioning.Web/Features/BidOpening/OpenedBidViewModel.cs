namespace LeedsCommissioning.Web.Features.BidOpening;

public sealed class OpenedBidViewModel
{
    public int OpportunityId { get; set; }

    public string OpportunityTitle { get; set; } = "";

    public int BidId { get; set; }

    public string Lot { get; set; } = "";

    public string Provider { get; set; } = "";

    public DateTime SubmittedAtUtc { get; set; }

    public string? Receipt { get; set; }

    public IReadOnlyList<(int Year, decimal Amount)> Prices { get; set; } = [];

    public IReadOnlyList<OpenedAnswer> Answers { get; set; } = [];

    public IReadOnlyList<OpenedCommitment> Commitments { get; set; } = [];

    public IReadOnlyList<string> ConsortiumMembers { get; set; } = [];

    public IReadOnlyList<OpenedAttachment> Attachments { get; set; } = [];
}
