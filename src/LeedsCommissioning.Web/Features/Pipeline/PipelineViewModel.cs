using Microsoft.AspNetCore.Mvc.Rendering;

namespace LeedsCommissioning.Web.Features.Pipeline;

/// <summary>The pipeline page: the filters, the overdue decisions first, then every contract by the quarter it ends in.</summary>
public sealed class PipelineViewModel
{
    public PipelineFilter Filter { get; init; } = new();

    public IReadOnlyList<PipelineRow> Rows { get; init; } = [];

    public int HorizonMonths { get; init; }

    public bool CanEdit { get; init; }

    public IReadOnlyList<SelectListItem> Organisations { get; init; } = [];

    public IReadOnlyList<SelectListItem> ServiceAreas { get; init; } = [];

    public IReadOnlyList<SelectListItem> Commissioners { get; init; } = [];

    public IReadOnlyList<PipelineRow> Overdue => Rows.Where(r => r.IsOverdue).OrderBy(r => r.DueOn).ToList();

    public IReadOnlyList<IGrouping<PipelineQuarter, PipelineRow>> Quarters => Rows.GroupBy(r => r.Quarter).OrderBy(g => g.Key.SortKey).ToList();
}
