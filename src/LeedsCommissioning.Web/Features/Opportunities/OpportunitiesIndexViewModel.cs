using LeedsCommissioning.Domain.Reference;

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

    public string QueryString(int page) =>
        $"?search={Uri.EscapeDataString(Search ?? "")}&serviceArea={Uri.EscapeDataString(ServiceArea ?? "")}&value={Value}&closing={Closing}&small={(Small ? "true" : "false")}&page={page}";
}
