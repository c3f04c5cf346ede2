using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Infrastructure.Opportunities;
using LeedsCommissioning.Web.Features.Home;
using LeedsCommissioning.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Bids;

/// <summary>
/// A provider's home page: its bids still in draft on lots whose deadline has not passed, soonest deadline first. Read
/// through SealedBids.OwnedBy, so only its own organisation's bids.
/// </summary>
public sealed class DraftBids(CommissioningDbContext db, IAuthorizationService authorization) : IWorkSource
{
    public async Task<WorkGroup?> ForAsync(WorkFor person, CancellationToken cancellationToken)
    {
        if (person.ProviderId is not { } providerId || !(await authorization.AuthorizeAsync(person.User, Policies.ProviderUser)).Succeeded)
        {
            return null;
        }

        var (count, drafts) = await WorkGroups.FirstAndCountAsync(from b in db.OwnedBy(providerId).AsNoTracking()
                            where b.Status == BidStatus.Draft
                            join o in db.Opportunities on b.OpportunityId equals o.Id
                            where o.BidDeadlineUtc > person.NowUtc
                            join l in db.Set<Lot>() on b.LotId equals l.Id
                            orderby o.BidDeadlineUtc, l.Number
                            select new { o.Id, o.Title, LotId = l.Id, l.Number, Lot = l.Title, o.BidDeadlineUtc },
            cancellationToken);
        return new WorkGroup("Your bids in draft", count,
            drafts.Select(d => new WorkItem($"{d.Title}, lot {d.Number}: {d.Lot}", $"/opportunities/{d.Id}/lots/{d.LotId}/bid",
                "Not sent yet: send it before the deadline", DueUtc: d.BidDeadlineUtc)).ToList(),
            "/your-bids", Order: 50);
    }
}
