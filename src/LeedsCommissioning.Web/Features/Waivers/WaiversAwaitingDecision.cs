using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Waivers;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Web.Features.Home;
using LeedsCommissioning.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Waivers;

/// <summary>A decision maker's home page: the CPR waivers submitted for a decision (domain.md section 4), oldest first.</summary>
public sealed class WaiversAwaitingDecision(CommissioningDbContext db, IAuthorizationService authorization) : IWorkSource
{
    public async Task<WorkGroup?> ForAsync(WorkFor person, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(person.User, Policies.DecideWaivers)).Succeeded)
        {
            return null;
        }

        var (count, waiting) = await WorkGroups.FirstAndCountAsync(db.CprWaivers.AsNoTracking().Where(w => w.Status == WaiverStatus.Submitted)
            .OrderBy(w => w.SubmittedOn).ThenBy(w => w.Id)
            .Select(w => new { w.Id, w.Subject, w.SubmittedOn, w.Value, w.AuthorName }), cancellationToken);
        return new WorkGroup("Waivers awaiting your decision", count,
            waiting.Select(w => new WorkItem(w.Subject, $"/waivers/{w.Id}/decide",
                $"{(w.Value is { } value ? UkTime.Money(value) + ", s" : "S")}ubmitted by {w.AuthorName}{(w.SubmittedOn is { } on ? " on " + UkTime.Date(on) : "")}")).ToList(),
            "/waivers?status=Submitted", Order: 10);
    }
}
