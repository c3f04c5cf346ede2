using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Reference;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace LeedsCommissioning.Web.Features.Contracts;

public sealed record RegisterRow(
    int Id, string Reference, string Title, string? LeadProvider, ContractStatus Status,
    DateOnly CurrentEndDate, decimal AnnualValue, decimal SmallLocalShare, decimal? RequiredSmallShare = null)
{
    /// <summary>The contract requires a share for small community organisations and reaches less (as <see cref="Contract.FallsShortOfRequiredSmallShare"/>).</summary>
    public bool FallsShort => Contract.IsShortOfRequiredShare(SmallLocalShare, RequiredSmallShare);
}

/// <summary>Figures for the whole filtered set (not just the page), computed in SQL.</summary>
public sealed record RegisterTotals(int Count, decimal AnnualValue, decimal WholeLifeValue, decimal SmallLocalAmount, int ThirdSectorLed)
{
    /// <summary>Keep it Local (domain.md section 6): share of annual value reaching small, Leeds-based providers.</summary>
    public decimal SmallLocalPercent => AnnualValue == 0 ? 0m : decimal.Round(SmallLocalAmount / AnnualValue * 100m, 1);
}

public sealed class RegisterViewModel
{
    public const int PageSize = 25;

    public RegisterFilter Filter { get; init; } = new();

    public int Page { get; init; } = 1;

    public IReadOnlyList<RegisterRow> Rows { get; init; } = [];

    public RegisterTotals Totals { get; init; } = new(0, 0, 0, 0, 0);

    public IReadOnlyList<SelectListItem> Organisations { get; init; } = [];

    public IReadOnlyList<SelectListItem> Providers { get; init; } = [];

    public IReadOnlyList<SelectListItem> Funders { get; init; } = [];

    public IReadOnlyList<SelectListItem> ServiceAreas => ContractOptions.ServiceAreas(Filter.ServiceArea);

    public IReadOnlyList<SelectListItem> Statuses => ContractOptions.Statuses(Filter.Status);

    public bool CanCreate { get; init; }

    public int PageCount => Math.Max(1, (int)Math.Ceiling(Totals.Count / (double)PageSize));

    public bool IsFiltered => !string.IsNullOrWhiteSpace(Filter.Search) || Filter.Organisation is not null || Filter.ServiceArea is not null
        || Filter.Provider is not null || Filter.Status is not null || !string.IsNullOrWhiteSpace(Filter.Funder) || Filter.EndingWithin is not null;

    public string PageHref(int page) => "/contracts" + AddPage(Filter.ToQueryString(), page);

    /// <summary>A column header's link: same filters, this sort, and the other direction when it is already the sort.</summary>
    public string SortHref(string sort) =>
        "/contracts" + Filter.ToQueryString(sort, IsSortedBy(sort) && !Filter.Descending ? "desc" : "asc");

    public bool IsSortedBy(string sort) => string.Equals(Filter.Sort ?? "reference", sort, StringComparison.OrdinalIgnoreCase);

    /// <summary>aria-sort for a column header.</summary>
    public string AriaSort(string sort) => IsSortedBy(sort) ? (Filter.Descending ? "descending" : "ascending") : "none";

    public string ExportHref(string extension) => $"/contracts/export.{extension}" + Filter.ToQueryString();

    private static string AddPage(string query, int page) =>
        page <= 1 ? query : (query.Length == 0 ? "?" : query + "&") + "page=" + page;
}

/// <summary>One of the provider user's contracts, with their own part in it.</summary>
public sealed record OurContractRow(
    int Id, string Reference, string Title, ServiceArea ServiceArea, string? LeadProvider, ContractStatus Status,
    DateOnly CurrentEndDate, decimal AnnualValue, ProviderRole OurRole, decimal OurShare);

public sealed record OurContractsViewModel(string OrganisationName, IReadOnlyList<OurContractRow> Rows)
{
    public decimal OurTotal => Rows.Where(r => ContractLifecycle.IsDelivering(r.Status)).Sum(r => r.OurShare);
}
