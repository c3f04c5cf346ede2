using LeedsCommissioning.Domain.Opportunities;

namespace LeedsCommissioning.Web.Features.Bids;

public sealed record YourBidsRow(int OpportunityId, string OpportunityTitle, int LotId, int LotNumber, string LotTitle, BidStatus Status,
    DateTime? SubmittedAtUtc, DateTime BidDeadlineUtc, string? Receipt, int? OutcomeLetterId = null);
