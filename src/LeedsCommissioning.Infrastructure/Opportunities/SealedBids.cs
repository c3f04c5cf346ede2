using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Infrastructure.Opportunities;

/// <summary>
/// The only way into bids (issue 6, "Sealed bids"). The context has no Bids property; staff reads go
/// through <see cref="OpenedForStaff"/>, which yields nothing until the opportunity's bid deadline has
/// passed (and never drafts or withdrawn bids), and provider reads go through <see cref="OwnedBy"/>,
/// which yields only the provider organisation's own bids. Before the deadline, staff may know how many
/// bids were submitted (<see cref="CountSubmittedAsync"/>) and nothing else.
/// </summary>
public static class SealedBids
{
    /// <summary>Submitted bids on opportunities whose bid deadline is at or before <paramref name="nowUtc"/>. Read-only.</summary>
    public static IQueryable<Bid> OpenedForStaff(this CommissioningDbContext db, DateTime nowUtc) =>
        db.Set<Bid>().AsNoTracking()
            .Where(b => b.Status == BidStatus.Submitted)
            .Where(b => db.Opportunities.Any(o => o.Id == b.OpportunityId
                && o.BidDeadlineUtc != null && o.BidDeadlineUtc <= nowUtc
                && o.Status != OpportunityStatus.Draft && o.Status != OpportunityStatus.SubmittedForApproval && o.Status != OpportunityStatus.Approved));

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
