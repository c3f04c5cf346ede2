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

        var questions = await (from q in db.ClarificationQuestions.AsNoTracking()
                               where q.Answer == null
                               join o in db.Opportunities on q.OpportunityId equals o.Id
                               select new { o.Id, o.Title, o.BidDeadlineUtc, q.AskedAtUtc })
            .ToListAsync(cancellationToken);
        var byOpportunity = questions.GroupBy(q => (q.Id, q.Title, q.BidDeadlineUtc))
            .OrderBy(g => g.Key.BidDeadlineUtc ?? DateTime.MaxValue).ThenBy(g => g.Key.Id).ToList();
        return new WorkGroup("Questions waiting for an answer", questions.Count,
            byOpportunity.Take(5).Select(g => new WorkItem(
                $"{g.Key.Title}: {g.Count()} {(g.Count() == 1 ? "question" : "questions")} waiting",
                $"/procurement/opportunities/{g.Key.Id}/clarifications",
                $"Oldest asked on {UkTime.DateAndTime(g.Min(q => q.AskedAtUtc))}. Bids close {(g.Key.BidDeadlineUtc is { } d ? UkTime.DateAndTime(d) : "on a date not set yet")}",
                Overdue: g.Key.BidDeadlineUtc is { } deadline && deadline <= person.NowUtc)).ToList(),
            Order: 40);
    }
}
