using LeedsCommissioning.Domain.Opportunities;

namespace LeedsCommissioning.Web.Features.Opportunities;

public sealed record YourBidRow(int LotId, BidStatus Status, DateTime? SubmittedAtUtc);
