namespace LeedsCommissioning.Web.Features.Contracts;

public sealed record HistoryEntry(DateTime OccurredAtUtc, string Who, string What, IReadOnlyList<HistoryChange> Changes);
