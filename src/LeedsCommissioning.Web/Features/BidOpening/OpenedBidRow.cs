using LeedsCommissioning.Web.Infrastructure.Exports;

namespace LeedsCommissioning.Web.Features.BidOpening;

public sealed record OpenedBidRow(int BidId, int LotId, string Provider, DateTime SubmittedAtUtc, string? Receipt, decimal TotalPrice, int ConsortiumMembers);

/// <summary>An opened bid in the download of the opened bids (docs/patterns.md "Downloads"): its lot, then what the page shows of it.</summary>
public sealed record OpenedBidExportRow(int LotNumber, string LotTitle, OpenedBidRow Bid)
{
    public static ListExport<OpenedBidExportRow> Export { get; } = new ListExport<OpenedBidExportRow>("opened-bids", "Opened bids")
        .Number("Lot", r => r.LotNumber, 8)
        .Text("Lot title", r => r.LotTitle, 40)
        .Text("Provider", r => r.Bid.Provider, 40)
        .Number("Consortium of", r => r.Bid.ConsortiumMembers > 0 ? r.Bid.ConsortiumMembers + 1 : null, 12)
        .DateTime("Submitted", r => r.Bid.SubmittedAtUtc)
        .Text("Receipt", r => r.Bid.Receipt, 24)
        .Money("Total price (£)", r => r.Bid.TotalPrice);

    /// <summary>Lot by lot, each lot's bids in the order they were submitted, as the page's tables.</summary>
    public static IEnumerable<OpenedBidExportRow> Of(OpenedBidsViewModel model) =>
        model.Lots.SelectMany(l => model.Bids.Where(b => b.LotId == l.LotId).Select(b => new OpenedBidExportRow(l.Number, l.Title, b)));
}
