using LeedsCommissioning.Domain.Evaluation;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Domain.Providers;
using LeedsCommissioning.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Infrastructure.Opportunities;

/// <summary>
/// The only way into bids (issue 6, "Sealed bids"; issue 13, "Opening the bids"). The context has no Bids property;
/// staff reads go through <see cref="OpenedForStaff"/>, which yields nothing until the opportunity's bid deadline has
/// passed **and** the opening has been recorded (a <see cref="BidOpening"/>, with a second person present), never drafts
/// or withdrawn bids, and never a bid of a lot whose panel the reader sits on unless they have declared no conflict with
/// that bidder. Panel members (staff or external evaluators) read through <see cref="OpenedForPanelMember"/>: only the
/// opened bids of their panel's lot with which they declared no conflict. Provider reads go through
/// <see cref="OwnedBy"/>, which yields only the provider organisation's own bids. Before the opening, staff may know
/// how many bids were submitted (<see cref="CountSubmittedAsync"/>) and, after the deadline, the envelopes
/// (<see cref="EnvelopesAsync"/>: who sent one, its receipt and time), and nothing else.
/// </summary>
public static class SealedBids
{
    /// <summary>
    /// Submitted bids on opportunities past their bid deadline at <paramref name="nowUtc"/> whose opening is recorded,
    /// less the bids <paramref name="userId"/> may not see as a panel member (no declaration, or a declared conflict).
    /// Read-only.
    /// </summary>
    public static IQueryable<Bid> OpenedForStaff(this CommissioningDbContext db, DateTime nowUtc, string userId) =>
        Opened(db, nowUtc)
            .Where(b => !db.EvaluationPanels.Any(p => p.LotId == b.LotId && p.Members.Any(m => m.UserId == userId)
                && !p.Declarations.Any(d => d.UserId == userId && d.BidId == b.Id && !d.HasConflict)));

    /// <summary>
    /// The opened bids a panel member may score on that panel: of the panel's lot, and declared free of conflict by
    /// <paramref name="userId"/> on that panel. Read-only.
    /// </summary>
    public static IQueryable<Bid> OpenedForPanelMember(this CommissioningDbContext db, DateTime nowUtc, string userId, int panelId) =>
        Opened(db, nowUtc)
            .Where(b => db.EvaluationPanels.Any(p => p.Id == panelId && p.LotId == b.LotId && p.Members.Any(m => m.UserId == userId)
                && p.Declarations.Any(d => d.UserId == userId && d.BidId == b.Id && !d.HasConflict)));

    /// <summary>
    /// The opened bids for the ranking and the evaluation report (issue 13, "Ranking per lot"): after the deadline and
    /// the recorded opening, submitted bids only; the pages that show them are for those who may open bids, and read
    /// only each bid's total price and organisation, never its answers. Read-only.
    /// </summary>
    public static IQueryable<Bid> OpenedForRanking(this CommissioningDbContext db, DateTime nowUtc) => Opened(db, nowUtc);

    /// <summary>Whether the opening of the opportunity's bids has been recorded.</summary>
    public static Task<bool> IsOpenedAsync(this CommissioningDbContext db, int opportunityId, CancellationToken cancellationToken = default) =>
        db.BidOpenings.AnyAsync(o => o.OpportunityId == opportunityId, cancellationToken);

    /// <summary>
    /// The envelopes of the submitted bids after the deadline, for recording the opening: lot, organisation, receipt and
    /// time. No content (no price, answer, commitment or file). Empty before the deadline.
    /// </summary>
    public static async Task<List<BidEnvelope>> EnvelopesAsync(this CommissioningDbContext db, int opportunityId, DateTime nowUtc, CancellationToken cancellationToken = default) =>
        await db.Set<Bid>().AsNoTracking()
            .Where(b => b.OpportunityId == opportunityId && b.Status == BidStatus.Submitted)
            .Where(b => db.Opportunities.Any(o => o.Id == b.OpportunityId && o.BidDeadlineUtc != null && o.BidDeadlineUtc <= nowUtc))
            .Select(b => new BidEnvelope(b.Id, b.LotId, db.Providers.Where(p => p.Id == b.ProviderId).Select(p => p.Name).First(), b.ReceiptReference ?? "", b.SubmittedAtUtc!.Value))
            .ToListAsync(cancellationToken);

    /// <summary>
    /// Per opportunity and lot, how many bids were submitted and how many of them came from small organisations (micro or
    /// small) and from Leeds-based ones: counts only, and only of opportunities whose bid deadline has passed. For the open
    /// data export's bid statistics (issue 15, docs/open-data.md), which makes a few dozen releases at a time in one query.
    /// </summary>
    public static async Task<ILookup<int, LotBidCounts>> LotBidCountsAsync(
        this CommissioningDbContext db, IReadOnlyCollection<int> opportunityIds, DateTime nowUtc, CancellationToken cancellationToken = default) =>
        (await db.Set<Bid>().AsNoTracking()
            .Where(b => opportunityIds.Contains(b.OpportunityId) && b.Status == BidStatus.Submitted)
            .Where(b => db.Opportunities.Any(o => o.Id == b.OpportunityId && o.BidDeadlineUtc != null && o.BidDeadlineUtc <= nowUtc))
            .Join(db.Providers, b => b.ProviderId, p => p.Id, (b, p) => new { b.OpportunityId, b.LotId, Small = p.SizeBand == SizeBand.Micro || p.SizeBand == SizeBand.Small, p.IsLeedsBased })
            .GroupBy(x => new { x.OpportunityId, x.LotId })
            .Select(g => new { g.Key.OpportunityId, g.Key.LotId, Bids = g.Count(), Small = g.Count(x => x.Small), Local = g.Count(x => x.IsLeedsBased) })
            .ToListAsync(cancellationToken))
        .ToLookup(c => c.OpportunityId, c => new LotBidCounts(c.LotId, c.Bids, c.Small, c.Local));

    /// <summary>
    /// How many organisations submitted a bid on each of the opportunities whose bid deadline has passed, counted by name
    /// as the envelopes (<see cref="EnvelopesAsync"/>) list them: the open data's number of tenderers. An opportunity past
    /// its deadline with no submitted bid is not in the answer (none). Reads no content.
    /// </summary>
    public static async Task<Dictionary<int, int>> TendererCountsAsync(
        this CommissioningDbContext db, IReadOnlyCollection<int> opportunityIds, DateTime nowUtc, CancellationToken cancellationToken = default) =>
        (await db.Set<Bid>().AsNoTracking()
            .Where(b => opportunityIds.Contains(b.OpportunityId) && b.Status == BidStatus.Submitted)
            .Where(b => db.Opportunities.Any(o => o.Id == b.OpportunityId && o.BidDeadlineUtc != null && o.BidDeadlineUtc <= nowUtc))
            .Select(b => new { b.OpportunityId, Name = db.Providers.Where(p => p.Id == b.ProviderId).Select(p => p.Name).First() })
            .ToListAsync(cancellationToken))
        .GroupBy(b => b.OpportunityId)
        .ToDictionary(g => g.Key, g => g.Select(b => b.Name).Distinct(StringComparer.Ordinal).Count());

    /// <summary>
    /// <see cref="LotBidCountsAsync"/>'s counts added up per opportunity, for many opportunities in one query (the
    /// dashboard's bids per opportunity): counts only, and only of opportunities whose bid deadline has passed.
    /// </summary>
    public static async Task<Dictionary<int, OpportunityBidCounts>> OpportunityBidCountsAsync(
        this CommissioningDbContext db, IQueryable<int> opportunityIds, DateTime nowUtc, CancellationToken cancellationToken = default) =>
        await db.Set<Bid>().AsNoTracking()
            .Where(b => opportunityIds.Contains(b.OpportunityId) && b.Status == BidStatus.Submitted)
            .Where(b => db.Opportunities.Any(o => o.Id == b.OpportunityId && o.BidDeadlineUtc != null && o.BidDeadlineUtc <= nowUtc))
            .Join(db.Providers, b => b.ProviderId, p => p.Id, (b, p) => new { b.OpportunityId, Small = p.SizeBand == SizeBand.Micro || p.SizeBand == SizeBand.Small, p.IsLeedsBased })
            .GroupBy(x => x.OpportunityId)
            .Select(g => new OpportunityBidCounts(g.Key, g.Count(), g.Count(x => x.Small), g.Count(x => x.IsLeedsBased)))
            .ToDictionaryAsync(c => c.OpportunityId, cancellationToken);

    private static IQueryable<Bid> Opened(CommissioningDbContext db, DateTime nowUtc) =>
        db.Set<Bid>().AsNoTracking()
            .Where(b => b.Status == BidStatus.Submitted)
            .Where(b => db.Opportunities.Any(o => o.Id == b.OpportunityId
                && o.BidDeadlineUtc != null && o.BidDeadlineUtc <= nowUtc
                && o.Status != OpportunityStatus.Draft && o.Status != OpportunityStatus.SubmittedForApproval && o.Status != OpportunityStatus.Approved))
            .Where(b => db.BidOpenings.Any(o => o.OpportunityId == b.OpportunityId));

    /// <summary>The provider organisation's own bids, tracked so they can be changed (the domain refuses late changes).</summary>
    public static IQueryable<Bid> OwnedBy(this CommissioningDbContext db, int providerId) =>
        db.Set<Bid>().Where(b => b.ProviderId == providerId);

    /// <summary>
    /// The organisations with a bid (in any state) on the opportunity: who to tell about a clarification. Never
    /// shown to staff; it reads no content.
    /// </summary>
    public static IQueryable<int> FollowingProviderIds(this CommissioningDbContext db, int opportunityId) =>
        db.Set<Bid>().Where(b => b.OpportunityId == opportunityId).Select(b => b.ProviderId).Distinct();

    /// <summary>
    /// The registrations of interest whose organisation has no submitted bid on that opportunity (a draft or a
    /// withdrawn bid does not count): who the deadline reminder is for. Reads no content.
    /// </summary>
    public static IQueryable<InterestRegistration> WithoutSubmittedBid(this IQueryable<InterestRegistration> registrations, CommissioningDbContext db) =>
        registrations.Where(i => !db.Set<Bid>().Any(b => b.OpportunityId == i.OpportunityId && b.ProviderId == i.ProviderId && b.Status == BidStatus.Submitted));

    /// <summary>How many bids are submitted on each lot: the envelope count, with no content, allowed at any time.</summary>
    public static async Task<Dictionary<int, int>> CountSubmittedAsync(this CommissioningDbContext db, int opportunityId, CancellationToken cancellationToken = default) =>
        await db.Set<Bid>().AsNoTracking()
            .Where(b => b.OpportunityId == opportunityId && b.Status == BidStatus.Submitted)
            .GroupBy(b => b.LotId)
            .Select(g => new { LotId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.LotId, x => x.Count, cancellationToken);

    /// <summary>For seeding only: adds a bid without going through a reader.</summary>
    public static void AddBid(this CommissioningDbContext db, Bid bid) => db.Set<Bid>().Add(bid);
}

/// <summary>A lot's submitted bids counted: all, from small organisations, from Leeds-based organisations.</summary>
public sealed record LotBidCounts(int LotId, int Bids, int FromSmallOrganisations, int FromLocalOrganisations);

/// <summary>An opportunity's submitted bids, and how many came from small and from Leeds-based organisations (counts only).</summary>
public sealed record OpportunityBidCounts(int OpportunityId, int Bids, int FromSmallOrganisations, int FromLocalOrganisations);
