using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Decommissioning;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Web.Features.Home;
using LeedsCommissioning.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Decommissioning;

/// <summary>A decision maker's home page: the cases for change submitted for a decision (domain.md section 5), oldest first.</summary>
public sealed class DecisionsAwaiting(CommissioningDbContext db, IAuthorizationService authorization) : IWorkSource
{
    public async Task<WorkGroup?> ForAsync(WorkFor person, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(person.User, Policies.DecideDecommissioning)).Succeeded)
        {
            return null;
        }

        var (count, waiting) = await WorkGroups.FirstAndCountAsync(from c in db.DecommissioningCases.AsNoTracking()
                             where c.Status == DecommissioningStatus.Submitted
                             join k in db.Contracts on c.ContractId equals k.Id
                             orderby c.SubmittedOn, c.Id
                             select new { c.Id, k.Reference, k.Title, c.SubmittedOn, c.CommissionerName, c.EndOrReductionDate },
            cancellationToken);
        return new WorkGroup("Decommissioning decisions awaiting you", count,
            waiting.Select(c => new WorkItem($"{c.Reference}: {c.Title}", $"/decommissioning/{c.Id}/decide",
                $"Submitted by {c.CommissionerName}{(c.SubmittedOn is { } on ? " on " + UkTime.Date(on) : "")}"
                + (c.EndOrReductionDate is { } end ? $". Proposed date {UkTime.Date(end)}" : ""))).ToList(),
            "/decommissioning", Order: 30);
    }
}
