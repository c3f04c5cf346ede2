namespace LeedsCommissioning.Web.Features.BidOpening;

public sealed record OpenedBidRow(int BidId, int LotId, string Provider, DateTime SubmittedAtUtc, string? Receipt, decimal TotalPrice, int ConsortiumMembers);
