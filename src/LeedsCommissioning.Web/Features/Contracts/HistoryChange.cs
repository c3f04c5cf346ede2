namespace LeedsCommissioning.Web.Features.Contracts;

public sealed record HistoryChange(string Label, string? Old, string? New);
