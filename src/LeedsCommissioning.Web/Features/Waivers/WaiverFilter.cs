using System.Globalization;
using LeedsCommissioning.Domain.Waivers;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace LeedsCommissioning.Web.Features.Waivers;

/// <summary>The register's filters, bound from the query string (and reused by the CSV and Excel downloads).</summary>
public sealed class WaiverFilter
{
    public string? Search { get; set; }

    public WaiverStatus? Status { get; set; }

    public int? Directorate { get; set; }

    public string? Supplier { get; set; }

    public string? Band { get; set; }

    public int? Year { get; set; }

    public int Page { get; set; } = 1;

    /// <summary>Value bands; the top band starts at the seeded key-decision threshold (domain.md section 1).</summary>
    public static IReadOnlyList<(string Key, string Label, decimal From, decimal? Below)> Bands { get; } =
    [
        ("under-25k", "Under £25,000", 0m, 25_000m),
        ("25k-100k", "£25,000 to £99,999", 25_000m, 100_000m),
        ("100k-500k", "£100,000 to £499,999", 100_000m, 500_000m),
        ("500k-plus", "£500,000 or more", 500_000m, null),
    ];

    public string QueryString(int? page = null)
    {
        var parts = new List<string>();
        void Add(string key, object? value)
        {
            if (value is not null && value.ToString() is { Length: > 0 } text)
            {
                parts.Add($"{key}={Uri.EscapeDataString(text)}");
            }
        }

        Add("search", Search);
        Add("status", Status);
        Add("directorate", Directorate);
        Add("supplier", Supplier);
        Add("band", Band);
        Add("year", Year);
        if (page is > 1)
        {
            Add("page", page);
        }

        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
    }

    public IEnumerable<SelectListItem> StatusItems() =>
        Enum.GetValues<WaiverStatus>().Select(s => new SelectListItem(s.ToDisplayName(), s.ToString(), s == Status))
            .Prepend(new SelectListItem("Any status", "", Status is null));

    public IEnumerable<SelectListItem> BandItems() =>
        Bands.Select(b => new SelectListItem(b.Label, b.Key, b.Key == Band)).Prepend(new SelectListItem("Any value", "", string.IsNullOrEmpty(Band)));

    public IEnumerable<SelectListItem> YearItems(IEnumerable<int> years) =>
        years.Select(y => new SelectListItem(y.ToString(CultureInfo.InvariantCulture), y.ToString(CultureInfo.InvariantCulture), y == Year))
            .Prepend(new SelectListItem("Any year", "", Year is null));
}
