namespace LeedsCommissioning.Domain.Opportunities;

public sealed record LotLocalFigure(int Number, string Title, decimal AnnualValue, int LocalBidders, string? Reason);
