using LeedsCommissioning.Domain.Monitoring;
using LeedsCommissioning.Web.Infrastructure.Exports;

namespace LeedsCommissioning.Web.Features.Monitoring;

/// <summary>A contract's evidence as its monitoring tab lists it, newest first, with who recorded it (docs/patterns.md "Downloads").</summary>
public static class EvidenceExportRow
{
    public static ListExport<MonitoringEvidence> Export { get; } = new ListExport<MonitoringEvidence>("contract-evidence", "Evidence")
        .Date("Date", e => e.ReceivedOn)
        .Text("Kind", e => MonitoringNames.Evidence(e.Kind), 24)
        .Text("Summary", e => e.Summary, 60)
        .Text("Link", e => e.Link, 40)
        .Text("Recorded by", e => e.RecordedByName, 26);
}
