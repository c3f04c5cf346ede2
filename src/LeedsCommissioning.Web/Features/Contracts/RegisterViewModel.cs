using Microsoft.AspNetCore.Mvc.Rendering;

namespace LeedsCommissioning.Web.Features.Contracts;

public sealed class RegisterViewModel
{
    public const int PageSize = 25;

    /// <summary>The first pages of a filter are kept per version of the data like its totals (<see cref="RegisterFigures"/>); later ones are read each time.</summary>
    public const int KeptPages = 5;

    public RegisterFilter Filter { get; init; } = new();

    public int Page { get; set; } = 1;

    public IReadOnlyList<RegisterRow> Rows { get; set; } = [];

    public RegisterTotals Totals { get; set; } = new(0, 0, 0, 0, 0);

    public IReadOnlyList<SelectListItem> Organisations { get; init; } = [];

    /// <summary>The providers a name typed in the provider box could mean, when it means more than one (<see cref="ProviderChoices"/>).</summary>
    public IReadOnlyList<ProviderChoice> ProviderCandidates { get; init; } = [];

    /// <summary>More providers match than <see cref="ProviderCandidates"/> lists.</summary>
    public bool MoreProviderCandidates { get; init; }

    /// <summary>The provider box could not be turned into one provider, so there are no results to show.</summary>
    public bool ProviderUnresolved => Filter.ProviderName is { Length: > 0 } && Filter.Provider is null;

    public IReadOnlyList<SelectListItem> Funders { get; init; } = [];

    public IReadOnlyList<SelectListItem> ServiceAreas => ContractOptions.ServiceAreas(Filter.ServiceArea);

    public IReadOnlyList<SelectListItem> Statuses => ContractOptions.Statuses(Filter.Status);

    public bool CanCreate { get; init; }

    /// <summary>
    /// What the filter form and the results are made of: the version of the data, the UK date and the query as
    /// typed. The view keeps their HTML under it (the cache tag helper), so a page asked for again before the data
    /// changes is written, not rendered again. Null when the page shows a problem, which is never kept.
    /// </summary>
    public string? RenderedKey { get; set; }

    public int PageCount => Math.Max(1, (int)Math.Ceiling(Totals.Count / (double)PageSize));

    public bool IsFiltered => !string.IsNullOrWhiteSpace(Filter.Search) || Filter.Organisation is not null || Filter.ServiceArea is not null
        || Filter.Provider is not null || !string.IsNullOrWhiteSpace(Filter.ProviderName) || Filter.Status is not null || !string.IsNullOrWhiteSpace(Filter.Funder) || Filter.EndingWithin is not null;

    /// <summary>The register with the same filters and sort and this provider chosen.</summary>
    public string ProviderHref(int providerId) => "/contracts" + Filter.ToQueryString(provider: providerId);

    public string PageHref(int page) => "/contracts" + AddPage(Filter.ToQueryString(), page);

    /// <summary>A column header's link: same filters, this sort, and the other direction when it is already the sort.</summary>
    public string SortHref(string sort) =>
        "/contracts" + Filter.ToQueryString(sort, IsSortedBy(sort) && !Filter.Descending ? "desc" : "asc");

    public bool IsSortedBy(string sort) => string.Equals(Filter.Sort ?? "reference", sort, StringComparison.OrdinalIgnoreCase);

    /// <summary>aria-sort for a column header.</summary>
    public string AriaSort(string sort) => IsSortedBy(sort) ? (Filter.Descending ? "descending" : "ascending") : "none";

    private static string AddPage(string query, int page) =>
        page <= 1 ? query : (query.Length == 0 ? "?" : query + "&") + "page=" + page;
}
