using LeedsCommissioning.Domain.Reference;
using LeedsCommissioning.Web.Infrastructure.Exports;

namespace LeedsCommissioning.Web.Features.Opportunities;

public sealed class OpportunitiesIndexViewModel
{
    public string? Search { get; set; }

    public string? ServiceArea { get; set; }

    public string? Value { get; set; }

    public string? Closing { get; set; }

    public bool Small { get; set; }

    public int Page { get; set; } = 1;

    public int PageSize { get; } = 20;

    public int TotalCount { get; set; }

    public IReadOnlyList<OpportunityListRow> Rows { get; set; } = [];

    public IReadOnlyList<ServiceArea> ServiceAreas { get; set; } = [];

    /// <summary>What the list's HTML depends on (the controller says why), to keep it rendered; null renders it every time.</summary>
    public string? RenderedKey { get; set; }

    public int PageCount => Math.Max(1, (int)Math.Ceiling(TotalCount / (double)PageSize));

    public static IReadOnlyList<(string Value, string Text, decimal Min, decimal Max)> ValueBands { get; } =
    [
        ("under-100k", "Under £100,000", 0m, 100_000m),
        ("100k-500k", "£100,000 to £500,000", 100_000m, 500_000m),
        ("500k-2m", "£500,000 to £2 million", 500_000m, 2_000_000m),
        ("over-2m", "Over £2 million", 2_000_000m, decimal.MaxValue),
    ];

    public static IReadOnlyList<(string Value, string Text)> ClosingOptions { get; } =
    [
        ("7", "In the next 7 days"),
        ("14", "In the next 14 days"),
        ("30", "In the next 30 days"),
    ];

    /// <summary>The open opportunities as a download, with the list's facts.</summary>
    public static ListExport<OpportunityListRow> Export { get; } = new ListExport<OpportunityListRow>("open-opportunities", "Open opportunities")
        .Text("Opportunity", r => r.Title, 50)
        .Text("Service area", r => r.ServiceArea.ToDisplayName(), 26)
        .Text("Commissioner", r => r.Organisation, 34)
        .DateTime("Closes", r => r.BidDeadlineUtc)
        .Money("Estimated value (£)", r => r.EstimatedValue, 20)
        .Number("Lots", r => r.LotCount, 8)
        .YesNo("Suitable for small organisations", r => r.SuitableForSmallOrganisations, 16);

    /// <summary>The downloads of this search (every page).</summary>
    public DownloadLinks Downloads =>
        new("/opportunities/export", QueryString(1).Replace("&page=1", "", StringComparison.Ordinal), "the open opportunities",
            DownloadLinks.These(TotalCount, "opportunity", "opportunities"));

    public string QueryString(int page) =>
        $"?search={Uri.EscapeDataString(Search ?? "")}&serviceArea={Uri.EscapeDataString(ServiceArea ?? "")}&value={Value}&closing={Closing}&small={(Small ? "true" : "false")}&page={page}";
}
