using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Web.Infrastructure.Exports;

namespace LeedsCommissioning.Web.Features.Bids;

public sealed record YourBidsRow(int OpportunityId, string OpportunityTitle, int LotId, int LotNumber, string LotTitle, BidStatus Status,
    DateTime? SubmittedAtUtc, DateTime BidDeadlineUtc, string? Receipt, int? OutcomeLetterId = null)
{
    /// <summary>"Submitted", "Withdrawn", "Not submitted" once bids have closed, else "Draft": as the list's tag says.</summary>
    public string StatusAt(DateTime nowUtc) => Status switch
    {
        BidStatus.Submitted => "Submitted",
        BidStatus.Withdrawn => "Withdrawn",
        _ when BidDeadlineUtc <= nowUtc => "Not submitted",
        _ => "Draft",
    };

    /// <summary>"Your bids" as a download, the status worked out at <paramref name="nowUtc"/>.</summary>
    public static ListExport<YourBidsRow> Export(DateTime nowUtc) => new ListExport<YourBidsRow>("your-bids", "Your bids")
        .Text("Opportunity", r => r.OpportunityTitle, 50)
        .Number("Lot", r => r.LotNumber, 8)
        .Text("Lot title", r => r.LotTitle, 40)
        .Text("Status", r => r.StatusAt(nowUtc), 16)
        .DateTime("Sent", r => r.SubmittedAtUtc)
        .Text("Receipt", r => r.Receipt, 20)
        .DateTime("Bids close", r => r.BidDeadlineUtc);
}
