using LeedsCommissioning.Domain.Reference;
using LeedsCommissioning.Domain.Renewals;
using LeedsCommissioning.Web.Infrastructure.Exports;

namespace LeedsCommissioning.Web.Features.Pipeline;

/// <summary>The renewals pipeline's download columns (CSV and Excel through <see cref="ListExport{T}"/>).</summary>
public static class PipelineExport
{
    public static ListExport<PipelineRow> Columns { get; } = new ListExport<PipelineRow>("renewals-pipeline", "Pipeline")
        .Text("Reference", r => r.Reference, 18)
        .Text("Title", r => r.Title, 50)
        .Text("Commissioning organisation", r => r.Organisation, 34)
        .Text("Service area", r => r.ServiceArea.ToDisplayName(), 26)
        .Text("Responsible commissioner", r => r.Commissioner, 26)
        .Text("Providers", r => string.Join("; ", r.Providers.Select(p => p.IsThirdSector ? p.Name + " (third sector)" : p.Name)), 60)
        .YesNo("Third sector on the contract", r => r.ThirdSectorFunded, 14)
        .Date("End date", r => r.EndDate)
        .Text("Decision", r => r.DecisionName, 22)
        .Date("Decision due", r => r.DueOn)
        .YesNo("Overdue", r => r.IsOverdue)
        .Text("Intention", r => r.Intention.ToDisplayName(), 18)
        .Text("Route", r => r.Route.ToDisplayName(), 26)
        .Text("Owner", r => r.Owner, 26);
}
