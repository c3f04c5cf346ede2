using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Opportunities;

namespace LeedsCommissioning.Domain.Evaluation;

/// <summary>
/// The one recorded opening of an opportunity's sealed bids, all lots at once (issue 13, "Opening the bids"):
/// after the bid deadline, by a procurement officer with a second person present, recording who opened them and
/// when, and each bid that arrived (its lot, organisation, receipt and time, all before the deadline). Until it is
/// recorded nobody on the council side reads any bid's content (Infrastructure/Opportunities/SealedBids.cs). Written
/// once, never changed; the audit trail keeps it like every other record.
/// </summary>
public sealed class BidOpening : IAuditable
{
    private readonly List<OpenedBidEntry> _entries = [];

    private BidOpening() { }

    public int Id { get; private set; }

    public int OpportunityId { get; private set; }

    public DateTime BidDeadlineUtc { get; private set; }

    public DateTime OpenedAtUtc { get; private set; }

    public string OpenedByUserId { get; private set; } = "";

    public string OpenedByName { get; private set; } = "";

    /// <summary>The second person present at the opening.</summary>
    public string WitnessUserId { get; private set; } = "";

    public string WitnessName { get; private set; } = "";

    /// <summary>Each bid that arrived, in the order it arrived.</summary>
    public IReadOnlyList<OpenedBidEntry> Entries => _entries;

    /// <summary>How many bids arrived for the lot.</summary>
    public int BidsFor(int lotId) => _entries.Count(e => e.LotId == lotId);

    /// <summary>
    /// Records the opening. Refused before the deadline, for an opportunity not published (or already awarded or
    /// cancelled), without a second person, or with the opener as their own witness; and if any envelope arrived
    /// after the deadline, which the bid rules never allow (so the register can say every bid arrived in time).
    /// </summary>
    public static BidOpening Record(Opportunity opportunity, IEnumerable<BidEnvelope> submitted,
        string openedByUserId, string openedByName, string? witnessUserId, string? witnessName, DateTime nowUtc)
    {
        if (opportunity.Status is not (OpportunityStatus.Published or OpportunityStatus.InEvaluation) || opportunity.PublishedAtUtc is null)
        {
            throw new DomainException("Only the bids of a published opportunity can be opened");
        }

        if (!opportunity.IsPastBidDeadline(nowUtc))
        {
            throw new DomainException($"Bids can be opened only after the deadline, {UkTime.DateAndTime(opportunity.BidDeadlineUtc)}");
        }

        if (string.IsNullOrWhiteSpace(witnessUserId) || string.IsNullOrWhiteSpace(witnessName))
        {
            throw new DomainException("Select the second person present at the opening", "WitnessUserId");
        }

        if (witnessUserId == openedByUserId)
        {
            throw new DomainException("The second person present must be someone other than you", "WitnessUserId");
        }

        var deadline = opportunity.BidDeadlineUtc!.Value;
        var lots = opportunity.Lots.Select(l => l.Id).ToHashSet();
        var envelopes = submitted.OrderBy(e => e.SubmittedAtUtc).ThenBy(e => e.BidId).ToList();
        if (envelopes.FirstOrDefault(e => e.SubmittedAtUtc > deadline) is { } late)
        {
            throw new DomainException($"The bid from {late.ProviderName} arrived after the deadline and cannot be opened");
        }

        if (envelopes.Any(e => !lots.Contains(e.LotId)))
        {
            throw new DomainException("A bid is for a lot of another opportunity");
        }

        var opening = new BidOpening
        {
            OpportunityId = opportunity.Id,
            BidDeadlineUtc = deadline,
            OpenedAtUtc = nowUtc,
            OpenedByUserId = openedByUserId,
            OpenedByName = openedByName,
            WitnessUserId = witnessUserId,
            WitnessName = witnessName,
        };
        opening._entries.AddRange(envelopes.Select(e => new OpenedBidEntry(e.BidId, e.LotId, e.ProviderName, e.Receipt, e.SubmittedAtUtc)));
        return opening;
    }
}

/// <summary>What the opening reads from a bid's envelope: never its content.</summary>
public sealed record BidEnvelope(int BidId, int LotId, string ProviderName, string Receipt, DateTime SubmittedAtUtc);

/// <summary>One bid in the opening register: its lot, who sent it, the receipt and when it arrived.</summary>
public sealed class OpenedBidEntry : IAuditable
{
    private OpenedBidEntry() { }

    internal OpenedBidEntry(int bidId, int lotId, string providerName, string receipt, DateTime submittedAtUtc)
    {
        BidId = bidId;
        LotId = lotId;
        ProviderName = providerName;
        ReceiptReference = receipt;
        SubmittedAtUtc = submittedAtUtc;
    }

    public int Id { get; private set; }

    public int BidOpeningId { get; private set; }

    public int BidId { get; private set; }

    public int LotId { get; private set; }

    public string ProviderName { get; private set; } = "";

    public string ReceiptReference { get; private set; } = "";

    public DateTime SubmittedAtUtc { get; private set; }
}
