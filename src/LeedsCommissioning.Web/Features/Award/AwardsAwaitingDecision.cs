using LeedsCommissioning.Domain.Awards;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Web.Features.Home;
using LeedsCommissioning.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Award;

/// <summary>
/// A decision maker's home page: award recommendations waiting for a decision, oldest first; never their own
/// recommendation, which somebody else must decide (LotAward.Decide).
/// </summary>
public sealed class AwardsAwaitingDecision(CommissioningDbContext db, IAuthorizationService authorization) : IWorkSource
{
    public async Task<WorkGroup?> ForAsync(WorkFor person, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(person.User, Policies.DecideAward)).Succeeded)
        {
            return null;
        }

        var (count, waiting) = await WorkGroups.FirstAndCountAsync(from a in db.LotAwards.AsNoTracking()
                             where a.Status == AwardStatus.AwaitingDecision && a.RecommendedByUserId != person.UserId
                             join o in db.Opportunities on a.OpportunityId equals o.Id
                             join l in db.Set<Lot>() on a.LotId equals l.Id
                             orderby a.RecommendedAtUtc, a.Id
                             select new { a.OpportunityId, a.LotId, Opportunity = o.Title, l.Number, Lot = l.Title, a.ProviderName, a.RecommendedByName, a.RecommendedAtUtc },
            cancellationToken);
        return new WorkGroup("Awards awaiting your decision", count,
            waiting.Select(a => new WorkItem($"{a.Opportunity}, lot {a.Number}: {a.Lot}",
                $"/procurement/opportunities/{a.OpportunityId}/award/lots/{a.LotId}/decide",
                $"{(a.ProviderName is null ? "No award" : "Award to " + a.ProviderName)} recommended by {a.RecommendedByName} on {UkTime.DateAndTime(a.RecommendedAtUtc)}")).ToList(),
            Order: 20);
    }
}
