using Microsoft.AspNetCore.Mvc.Rendering;

namespace LeedsCommissioning.Web.Features.Waivers;

public sealed class WaiversIndexViewModel
{
    public WaiverFilter Filter { get; set; } = new();

    public int TotalCount { get; set; }

    public int PageSize { get; set; } = 20;

    public decimal FilteredValue { get; set; }

    public IReadOnlyList<WaiverRow> Rows { get; set; } = [];

    public IReadOnlyList<YearTotal> ApprovedByYear { get; set; } = [];

    public IReadOnlyList<SelectListItem> OrganisationOptions { get; set; } = [];

    public IReadOnlyList<int> Years { get; set; } = [];

    public int PageCount => Math.Max(1, (int)Math.Ceiling(TotalCount / (double)PageSize));
}
