using LeedsCommissioning.Domain.Providers;
using LeedsCommissioning.Domain.Reference;
using LeedsCommissioning.Web.Infrastructure.Exports;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace LeedsCommissioning.Web.Features.Providers;

/// <summary>The directory's search form (bound from the query string) and one page of results.</summary>
public sealed class ProvidersIndexViewModel
{
    public const int PageSize = 25;

    public string? Search { get; set; }

    public ProviderType? Type { get; set; }

    public SizeBand? Size { get; set; }

    public int? Ward { get; set; }

    public VettingStatus? Vetting { get; set; }

    public ServiceArea? ServiceArea { get; set; }

    /// <summary>"yes", "no" or blank.</summary>
    public string? LeedsBased { get; set; }

    /// <summary>name (default), income, size or value.</summary>
    public string? Sort { get; set; }

    public int Page { get; set; } = 1;

    public int TotalCount { get; set; }

    public IReadOnlyList<ProviderRow> Rows { get; set; } = [];

    public IReadOnlyList<SelectListItem> WardOptions { get; set; } = [];

    public bool? LeedsBasedFilter => LeedsBased switch { "yes" => true, "no" => false, _ => null };

    public string SortOrDefault => Sort is "income" or "size" or "value" ? Sort : "name";

    public int PageCount => Math.Max(1, (int)Math.Ceiling(TotalCount / (double)PageSize));

    public bool IsFiltered =>
        !string.IsNullOrWhiteSpace(Search) || Type is not null || Size is not null || Ward is not null
        || Vetting is not null || ServiceArea is not null || LeedsBasedFilter is not null;

    public IEnumerable<SelectListItem> TypeOptions => Options(Enum.GetValues<ProviderType>(), t => t.ToDisplayName(), Type);

    public IEnumerable<SelectListItem> SizeOptions => Options(Enum.GetValues<SizeBand>(), b => b.ToDisplayName(), Size);

    public IEnumerable<SelectListItem> VettingOptions => Options(Enum.GetValues<VettingStatus>(), v => v.ToDisplayName(), Vetting);

    public IEnumerable<SelectListItem> ServiceAreaOptions =>
        Options(Enum.GetValues<ServiceArea>().OrderBy(a => a.ToDisplayName()), a => a.ToDisplayName(), ServiceArea);

    public IEnumerable<SelectListItem> LeedsBasedOptions =>
    [
        new("Leeds-based or not", "", LeedsBasedFilter is null),
        new("Leeds-based", "yes", LeedsBasedFilter == true),
        new("Not Leeds-based", "no", LeedsBasedFilter == false),
    ];

    public IEnumerable<SelectListItem> SortOptions =>
    [
        new("Name (A to Z)", "name", SortOrDefault == "name"),
        new("Annual income (highest first)", "income", SortOrDefault == "income"),
        new("Size (smallest first)", "size", SortOrDefault == "size"),
        new("Annual contract value (highest first)", "value", SortOrDefault == "value"),
    ];

    /// <summary>The downloads of this search (every page).</summary>
    public DownloadLinks Downloads
    {
        get
        {
            var href = Href(1);
            return new DownloadLinks("/providers/export", href.Length > "/providers".Length ? href["/providers".Length..] : "",
                "the providers directory", DownloadLinks.These(TotalCount, "provider", "providers"));
        }
    }

    /// <summary>This search's address with another page (or sort), so results can be bookmarked.</summary>
    public string Href(int page, string? sort = null)
    {
        var query = new Dictionary<string, string?>
        {
            ["search"] = Search,
            ["type"] = Type?.ToString(),
            ["size"] = Size?.ToString(),
            ["ward"] = Ward?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["vetting"] = Vetting?.ToString(),
            ["serviceArea"] = ServiceArea?.ToString(),
            ["leedsBased"] = LeedsBasedFilter is null ? null : LeedsBased,
            ["sort"] = (sort ?? SortOrDefault) == "name" ? null : sort ?? SortOrDefault,
            ["page"] = page == 1 ? null : page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        var parts = query.Where(kv => !string.IsNullOrWhiteSpace(kv.Value))
            .Select(kv => $"{kv.Key}={Uri.EscapeDataString(kv.Value!.Trim())}");
        var text = string.Join("&", parts);
        return text.Length == 0 ? "/providers" : "/providers?" + text;
    }

    private static IEnumerable<SelectListItem> Options<T>(IEnumerable<T> values, Func<T, string> text, T? selected)
        where T : struct, Enum
    {
        foreach (var value in values)
        {
            yield return new SelectListItem(text(value), value.ToString(), selected is { } s && s.Equals(value));
        }
    }
}
