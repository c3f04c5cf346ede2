using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Web.Features.Home;
using LeedsCommissioning.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Opening;

/// <summary>
/// A procurement officer's home page: published opportunities whose bid deadline has passed and whose bids have not been
/// opened yet, longest waiting first, each linking to the bid opening.
/// </summary>
public sealed class ReadyToOpen(CommissioningDbContext db, IAuthorizationService authorization) : IWorkSource
{
    public async Task<WorkGroup?> ForAsync(WorkFor person, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(person.User, Policies.RecordBidOpening)).Succeeded)
        {
            return null;
        }

        var (count, ready) = await WorkGroups.FirstAndCountAsync(db.Opportunities.AsNoTracking()
            .Where(o => o.Status == OpportunityStatus.Published && o.BidDeadlineUtc <= person.NowUtc
                && !db.BidOpenings.Any(b => b.OpportunityId == o.Id))
            .OrderBy(o => o.BidDeadlineUtc).ThenBy(o => o.Id)
            .Select(o => new { o.Id, o.Title, o.BidDeadlineUtc }), cancellationToken);
        return new WorkGroup("Opportunities ready to open", count,
            ready.Select(o => new WorkItem(o.Title, $"/procurement/opportunities/{o.Id}/opening",
                $"Bids closed {UkTime.DateAndTime(o.BidDeadlineUtc!.Value)}: record the opening with a second person present")).ToList(),
            "/procurement?stage=Closed", Order: 42);
    }
}
