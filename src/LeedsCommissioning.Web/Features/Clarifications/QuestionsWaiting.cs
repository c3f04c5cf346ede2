using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Web.Features.Home;
using LeedsCommissioning.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Clarifications;

/// <summary>
/// A procurement officer's home page: the opportunities with providers' questions waiting for an answer, soonest bid
/// deadline first, each with how many are waiting and since when.
/// </summary>
public sealed class QuestionsWaiting(CommissioningDbContext db, IAuthorizationService authorization) : IWorkSource
{
    public async Task<WorkGroup?> ForAsync(WorkFor person, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(person.User, Policies.ManageOpportunities)).Succeeded)
        {
            return null;
        }

        // Counted and grouped by the database: the questions waiting, then the five opportunities with the soonest bid
        // deadline (none set last), each with its count and oldest question.
        var waiting = db.ClarificationQuestions.AsNoTracking().Where(q => q.Answer == null);
        var count = await waiting.CountAsync(cancellationToken);
        var byOpportunity = count == 0 ? null : await waiting
            .GroupBy(q => q.OpportunityId)
            .Select(g => new { OpportunityId = g.Key, Count = g.Count(), Oldest = g.Min(q => q.AskedAtUtc) })
            .Join(db.Opportunities, g => g.OpportunityId, o => o.Id, (g, o) => new { o.Id, o.Title, o.BidDeadlineUtc, g.Count, g.Oldest })
            .OrderBy(x => x.BidDeadlineUtc == null).ThenBy(x => x.BidDeadlineUtc).ThenBy(x => x.Id)
            .Take(WorkGroups.Shown)
            .ToListAsync(cancellationToken);
        return new WorkGroup("Questions waiting for an answer", count,
            (byOpportunity ?? []).Select(g => new WorkItem(
                $"{g.Title}: {g.Count} {(g.Count == 1 ? "question" : "questions")} waiting",
                $"/procurement/opportunities/{g.Id}/clarifications",
                $"Oldest asked on {UkTime.DateAndTime(g.Oldest)}. Bids close {(g.BidDeadlineUtc is { } d ? UkTime.DateAndTime(d) : "on a date not set yet")}",
                Overdue: g.BidDeadlineUtc is { } deadline && deadline <= person.NowUtc)).ToList(),
            Order: 40);
    }
}
