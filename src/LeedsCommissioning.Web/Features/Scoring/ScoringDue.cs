using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Web.Features.Home;
using LeedsCommissioning.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Scoring;

/// <summary>
/// An evaluator's (or any panel member's) home page: for each of their panels whose bids have been opened and are in
/// evaluation, the bids they still have to score: every opened bid of the panel's lot less those whose score sheet they
/// have submitted and those they declared a conflict with. Before declaring, the declaration itself is the work.
/// </summary>
public sealed class ScoringDue(CommissioningDbContext db, IAuthorizationService authorization) : IWorkSource
{
    public async Task<WorkGroup?> ForAsync(WorkFor person, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(person.User, Policies.ScoreBids)).Succeeded)
        {
            return null;
        }

        var me = person.UserId;
        var panels = await (from p in db.EvaluationPanels.AsNoTracking()
                            where p.Members.Any(m => m.UserId == me)
                            join o in db.Opportunities on p.OpportunityId equals o.Id
                            where o.Status == OpportunityStatus.Published || o.Status == OpportunityStatus.InEvaluation
                            join l in db.Set<Lot>() on p.LotId equals l.Id
                            orderby o.Id, l.Number, p.Id
                            select new
                            {
                                p.Id, p.OpportunityId, p.LotId, p.Name, Opportunity = o.Title, l.Number,
                                Opened = (from b in db.BidOpenings
                                          where b.OpportunityId == p.OpportunityId
                                          from e in b.Entries
                                          where e.LotId == p.LotId
                                          select e.BidId).ToList(),
                                Declared = p.Declarations.Any(d => d.UserId == me),
                                Conflicts = p.Declarations.Where(d => d.UserId == me && d.HasConflict).Select(d => d.BidId).ToList(),
                                Submitted = db.ScoreSheets.Where(s => s.EvaluationPanelId == p.Id && s.UserId == me && s.SubmittedAtUtc != null).Select(s => s.BidId).ToList(),
                            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var due = panels
            .Where(p => p.Opened.Count > 0)
            .Select(p => (Panel: p, Left: p.Opened.Except(p.Conflicts).Except(p.Submitted).Count()))
            .Where(x => x.Left > 0)
            .ToList();
        return new WorkGroup("Scoring due", due.Sum(x => x.Left),
            due.Take(5).Select(x => new WorkItem(
                $"{x.Panel.Opportunity}, lot {x.Panel.Number}: {x.Left} {(x.Left == 1 ? "bid" : "bids")} to score",
                "/scoring",
                x.Panel.Declared ? $"{x.Panel.Name}" : $"{x.Panel.Name}: declare your interests in the bidders first")).ToList(),
            "/scoring", Order: 70);
    }
}
