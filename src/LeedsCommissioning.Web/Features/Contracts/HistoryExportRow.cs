using LeedsCommissioning.Web.Infrastructure.Exports;

namespace LeedsCommissioning.Web.Features.Contracts;

/// <summary>
/// A contract's history as its History page lists it, newest first, for its download (docs/patterns.md "Downloads"): one
/// row a figure that changed, so that a spreadsheet can filter by what changed; an entry that names no figure is one row.
/// </summary>
public sealed record HistoryExportRow(HistoryEntry Entry, HistoryChange? Change)
{
    public static ListExport<HistoryExportRow> Export { get; } = new ListExport<HistoryExportRow>("contract-history", "History")
        .DateTime("When", r => r.Entry.OccurredAtUtc)
        .Text("Who", r => r.Entry.Who, 26)
        .Text("What", r => r.Entry.What, 50)
        .YesNo("Recorded change", r => r.Entry.Recorded, 12)
        .Text("Decision", r => r.Entry.Decision?.Sentence, 40)
        .Text("Detail", r => r.Change?.Label, 30)
        .Text("Before", r => r.Change?.Old, 30)
        .Text("After", r => r.Change?.New, 30);

    public static IEnumerable<HistoryExportRow> Of(IEnumerable<HistoryEntry> entries) =>
        entries.SelectMany(e => e.Changes.Count == 0
            ? [new HistoryExportRow(e, null)]
            : e.Changes.Select(c => new HistoryExportRow(e, c)));
}
