namespace LeedsCommissioning.Web.Features.Contracts;

/// <summary>One page of a contract's history, newest first (<see cref="ContractHistory.PageSize"/> entries a page).</summary>
public sealed record HistoryPage(IReadOnlyList<HistoryEntry> Entries, int Page, int PageCount)
{
    public static readonly HistoryPage None = new([], 1, 1);
}
