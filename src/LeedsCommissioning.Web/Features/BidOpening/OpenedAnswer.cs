namespace LeedsCommissioning.Web.Features.BidOpening;

public sealed record OpenedAnswer(int Number, string Question, int WordLimit, string? Text, int Words);
