using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Web.Features.Home;
using LeedsCommissioning.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Performance;

/// <summary>
/// For the decision maker's home page (issue 15): contract variations and value changes waiting for their decision, oldest first, each
/// linking to where it is decided. Nothing for anyone without <see cref="Policies.DecideContractChanges"/>.
/// </summary>
public sealed class ChangeDecisionWork(CommissioningDbContext db, IAuthorizationService authorization) : IWorkSource
{
    public const int Shown = 5;

    public async Task<WorkGroup?> ForAsync(WorkFor person, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(person.User, Policies.DecideContractChanges)).Succeeded)
        {
            return null;
        }

        var waiting = db.ContractChanges.AsNoTracking()
            .Where(ContractChange.AwaitingDecision)
            .Where(c => c.Kind == ContractChangeKind.Variation || c.Kind == ContractChangeKind.Value);
        var count = await waiting.CountAsync(cancellationToken);
        if (count == 0)
        {
            return null;
        }

        var rows = await waiting.OrderBy(c => c.RecordedAtUtc).ThenBy(c => c.Id).Take(Shown)
            .Join(db.Contracts, c => c.ContractId, k => k.Id, (c, k) => new { c.Id, c.Kind, c.ContractId, k.Reference, k.Title, c.ValueChange, c.RecordedByName, c.RecordedAtUtc })
            .ToListAsync(cancellationToken);
        return new WorkGroup("Contract changes awaiting your decision", count,
            rows.Select(r => new WorkItem($"{r.Reference}: {r.Title}", $"/contracts/{r.ContractId}/changes/{r.Id}/decide",
                $"{(r.Kind == ContractChangeKind.Value ? "A change of annual value" : "A variation")} that increases the whole-life value by {UkTime.Money(r.ValueChange ?? 0m)}; recorded by {r.RecordedByName} on {UkTime.DateAndTime(r.RecordedAtUtc)}")).ToList(),
            Order: 20);
    }
}
