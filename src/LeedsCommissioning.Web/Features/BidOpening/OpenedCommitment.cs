namespace LeedsCommissioning.Web.Features.BidOpening;

public sealed record OpenedCommitment(string Criterion, string Unit, decimal? Quantity);
