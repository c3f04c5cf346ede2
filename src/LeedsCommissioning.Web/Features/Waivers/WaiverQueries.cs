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

public static class WaiverQueries
{
    /// <summary>The register's filters as one reusable specification over the waivers.</summary>
    public static IQueryable<CprWaiver> Matching(this IQueryable<CprWaiver> waivers, WaiverFilter filter)
    {
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var term = filter.Search.Trim().ToLower();
            waivers = waivers.Where(w => w.Subject.ToLower().Contains(term)
                || (w.Summary != null && w.Summary.ToLower().Contains(term))
                || (w.ReportOf != null && w.ReportOf.ToLower().Contains(term)));
        }

        if (filter.Status is { } status)
        {
            waivers = waivers.Where(w => w.Status == status);
        }

        if (filter.Directorate is { } directorate)
        {
            waivers = waivers.Where(w => w.CommissioningOrganisationId == directorate);
        }

        if (!string.IsNullOrWhiteSpace(filter.Supplier))
        {
            var supplier = filter.Supplier.Trim().ToLower();
            waivers = waivers.Where(w => (w.Provider != null && w.Provider.Name.ToLower().Contains(supplier))
                || (w.NewSupplierName != null && w.NewSupplierName.ToLower().Contains(supplier)));
        }

        if (WaiverFilter.Bands.FirstOrDefault(b => b.Key == filter.Band) is { Key: not null } band)
        {
            var from = band.From;
            waivers = waivers.Where(w => w.Value != null && w.Value >= from);
            if (band.Below is { } below)
            {
                waivers = waivers.Where(w => w.Value < below);
            }
        }

        if (filter.Year is { } year and > 0 and < 10_000)
        {
            var start = new DateOnly(year, 1, 1);
            var end = start.AddYears(1);
            waivers = waivers.Where(w => w.RegisterDate >= start && w.RegisterDate < end);
        }

        return waivers;
    }

    public static IQueryable<WaiverRow> ToRows(this IQueryable<CprWaiver> waivers) =>
        waivers.Select(w => new WaiverRow(
            w.Id, w.Subject, w.Status, w.VersionNumber, w.IsSuperseded,
            w.CommissioningOrganisation != null ? w.CommissioningOrganisation.Name : null,
            w.Provider != null ? w.Provider.Name : w.NewSupplierName,
            w.ProviderId == null && w.NewSupplierName != null,
            w.Value, w.TermMonths, w.RegisterDate, w.Decision.OutcomeOn, w.Decision.DecisionMakerName));
}
