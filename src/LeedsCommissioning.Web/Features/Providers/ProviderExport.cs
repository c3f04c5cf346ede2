using LeedsCommissioning.Domain.Providers;
using LeedsCommissioning.Domain.Reference;
using LeedsCommissioning.Web.Infrastructure.Exports;

namespace LeedsCommissioning.Web.Features.Providers;

/// <summary>The providers directory's download columns, as the list shows them.</summary>
public static class ProviderExport
{
    public static ListExport<ProviderRow> Columns { get; } = new ListExport<ProviderRow>("providers", "Providers")
        .Text("Name", r => r.Name, 50)
        .Text("Type", r => r.Type.ToDisplayName(), 30)
        .Text("Size", r => r.SizeBand is { } band ? band.ToString() : "Not known", 12)
        .YesNo("Leeds-based", r => r.IsLeedsBased)
        .Text("Green Tick", r => r.VettingStatus.ToDisplayName(), 16)
        .Money("Annual income (£)", r => r.AnnualIncome)
        .Money("Annual contract value (£)", r => r.TotalAnnualValue, 22);
}
