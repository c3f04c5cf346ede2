using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Web.Features.Home;
using LeedsCommissioning.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Procurement;

/// <summary>
/// A procurement officer's home page: published opportunities whose bid deadline falls in the next
/// <see cref="Days"/> days, soonest first, with how many organisations have registered interest.
/// </summary>
public sealed class OpportunitiesClosing(CommissioningDbContext db, IAuthorizationService authorization) : IWorkSource
{
    public const int Days = 14;

    public async Task<WorkGroup?> ForAsync(WorkFor person, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(person.User, Policies.ManageOpportunities)).Succeeded)
        {
            return null;
        }

        var until = person.NowUtc.AddDays(Days);
        var (count, closing) = await WorkGroups.FirstAndCountAsync(db.Opportunities.AsNoTracking()
            .Where(o => o.Status == OpportunityStatus.Published && o.BidDeadlineUtc > person.NowUtc && o.BidDeadlineUtc <= until)
            .OrderBy(o => o.BidDeadlineUtc).ThenBy(o => o.Id)
            .Select(o => new { o.Id, o.Title, o.BidDeadlineUtc, Interested = db.InterestRegistrations.Count(i => i.OpportunityId == o.Id) }), cancellationToken);
        return new WorkGroup($"Opportunities closing in the next {Days} days", count,
            closing.Select(o => new WorkItem(o.Title, $"/procurement/opportunities/{o.Id}",
                $"{o.Interested} {(o.Interested == 1 ? "organisation has" : "organisations have")} registered interest", DueUtc: o.BidDeadlineUtc)).ToList(),
            "/procurement?stage=Open", Order: 45);
    }
}
