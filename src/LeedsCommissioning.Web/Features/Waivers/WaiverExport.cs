using LeedsCommissioning.Domain.Waivers;
using LeedsCommissioning.Web.Infrastructure.Exports;

namespace LeedsCommissioning.Web.Features.Waivers;

/// <summary>The CPR waiver register's download columns (CSV and Excel through <see cref="ListExport{T}"/>).</summary>
public static class WaiverExport
{
    public static ListExport<WaiverRow> Columns { get; } = new ListExport<WaiverRow>("cpr-waivers", "CPR waivers")
        .Number("Id", r => r.Id, 8)
        .Number("Version", r => r.VersionNumber, 10)
        .Text("Subject", r => r.Subject, 50)
        .Text("Status", r => r.Status.ToDisplayName(), 20)
        .Text("Directorate", r => r.Directorate)
        .Text("Supplier", r => r.Supplier, 40)
        .YesNo("New supplier", r => r.NewSupplier)
        .Money("Value (£)", r => r.Value)
        .Number("Term (months)", r => r.TermMonths)
        .Date("Date", r => r.RegisterDate)
        .Date("Decided on", r => r.DecidedOn)
        .Text("Decision maker", r => r.DecisionMaker)
        .YesNo("Superseded", r => r.IsSuperseded);
}
