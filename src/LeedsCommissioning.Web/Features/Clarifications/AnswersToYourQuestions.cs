using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Web.Features.Home;
using LeedsCommissioning.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Clarifications;

/// <summary>
/// A provider's home page: answers published to the questions its organisation asked, on opportunities still open for
/// bids, newest answer first. Only its own organisation's questions (<see cref="WorkFor.ProviderId"/>).
/// </summary>
public sealed class AnswersToYourQuestions(CommissioningDbContext db, IAuthorizationService authorization) : IWorkSource
{
    public async Task<WorkGroup?> ForAsync(WorkFor person, CancellationToken cancellationToken)
    {
        if (person.ProviderId is not { } providerId || !(await authorization.AuthorizeAsync(person.User, Policies.ProviderUser)).Succeeded)
        {
            return null;
        }

        var answered = await (from q in db.ClarificationQuestions.AsNoTracking()
                              where q.ProviderId == providerId && q.Answer != null && q.AnsweredAtUtc != null
                              join o in db.Opportunities on q.OpportunityId equals o.Id
                              where o.Status == OpportunityStatus.Published && o.BidDeadlineUtc > person.NowUtc
                              orderby q.AnsweredAtUtc descending, q.Id
                              select new { o.Id, o.Title, o.BidDeadlineUtc, q.Text, q.AskedAtUtc, q.AnsweredAtUtc })
            .ToListAsync(cancellationToken);
        return new WorkGroup("Answers to your questions", answered.Count,
            answered.Take(5).Select(q => new WorkItem(q.Title, $"/opportunities/{q.Id}#clarifications",
                $"Your question of {UkTime.DateAndTime(q.AskedAtUtc)} was answered on {UkTime.DateAndTime(q.AnsweredAtUtc!.Value)}: \"{Brief(q.Text)}\". Bids close {UkTime.DateAndTime(q.BidDeadlineUtc!.Value)}")).ToList(),
            Order: 60);
    }

    private static string Brief(string text) => text.Length <= 80 ? text : text[..77].TrimEnd() + "...";
}
