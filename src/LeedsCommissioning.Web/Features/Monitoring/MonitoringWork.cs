using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Monitoring;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Web.Features.Home;
using LeedsCommissioning.Web.Features.Providers;
using LeedsCommissioning.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Monitoring;

/// <summary>
/// The provider's returns due (issue 15, home page): its organisation's returns not yet submitted, of contracts it leads,
/// that are late or due within <see cref="MonitoringOptions.DueSoonDays"/>; earliest first, late ones flagged.
/// </summary>
public sealed class ReturnsDueWork(CommissioningDbContext db, IAuthorizationService authorization, MonitoringOptions options) : IWorkSource
{
    public const int Shown = 5;

    public async Task<WorkGroup?> ForAsync(WorkFor person, CancellationToken cancellationToken)
    {
        if (person.ProviderId is not { } providerId || !(await authorization.AuthorizeAsync(person.User, Policies.SubmitReturns)).Succeeded)
        {
            return null;
        }

        var until = person.Today.AddDays(options.DueSoonDays);
        var due = db.QuarterlyReturns.AsNoTracking()
            .Where(r => r.Status == ReturnStatus.Draft && r.DueOn <= until)
            .Join(db.Contracts.AsNoTracking().Where(ProviderQueries.IsDelivering).Where(c => c.LeadProviderId == providerId),
                r => r.ContractId, c => c.Id, (r, c) => new { r.Id, r.QuarterKey, r.DueOn, c.Title });
        var count = await due.CountAsync(cancellationToken);
        var items = (await due.OrderBy(r => r.DueOn).ThenBy(r => r.Title).Take(Shown).ToListAsync(cancellationToken))
            .Select(r => new WorkItem($"{r.Title}: {FinancialQuarter.FromKey(r.QuarterKey).Label} return", $"/monitoring/returns/{r.Id}",
                person.Today > r.DueOn ? "Late" : "Due", DueOn: r.DueOn, Overdue: person.Today > r.DueOn))
            .ToList();
        return new WorkGroup("Quarterly returns due", count, items, "/monitoring", Order: 30);
    }
}

/// <summary>
/// The commissioner's returns to review (issue 15, home page): returns submitted and not yet reviewed, of contracts the
/// person is responsible for, or of their organisation's contracts that have no responsible commissioner; oldest first.
/// <para>
/// At a region's scale that is every submitted return of the organisation's contracts (thousands), counted and sorted
/// for each home page view; so the count and the first <see cref="Shown"/> are kept per person in
/// <see cref="KeptReturnsToReview"/> against the register's and the monitoring versions (returns, their reviews,
/// contracts and who is responsible for them), read in one command per view (docs/benchmarks.md, session 13).
/// </para>
/// </summary>
public sealed class ReturnsToReviewWork(CommissioningDbContext db, IAuthorizationService authorization, KeptReturnsToReview kept) : IWorkSource
{
    public const int Shown = 5;

    private static readonly string[] Versions = [DataVersion.Register, DataVersion.Monitoring];

    public async Task<WorkGroup?> ForAsync(WorkFor person, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(person.User, Policies.ReviewMonitoring)).Succeeded)
        {
            return null;
        }

        var versions = await DataVersion.ReadAsync(db, Versions, cancellationToken);
        return await kept.GetAsync((person.UserId, person.CommissioningOrganisationId), (versions[0], versions[1]),
            other => ReadAsync(other, person.UserId, person.CommissioningOrganisationId, CancellationToken.None));
    }

    /// <summary>The group as read now from the database.</summary>
    public static async Task<WorkGroup> ReadAsync(CommissioningDbContext db, string userId, int? organisationId, CancellationToken cancellationToken)
    {
        var waiting = db.QuarterlyReturns.AsNoTracking()
            .Where(r => r.Status == ReturnStatus.Submitted)
            .Join(db.Contracts.AsNoTracking().Where(c => c.ResponsibleCommissionerId == userId
                    || (c.ResponsibleCommissionerId == null && organisationId != null && c.CommissioningOrganisationId == organisationId)),
                r => r.ContractId, c => c.Id, (r, c) => new { r.Id, r.QuarterKey, r.SubmittedOn, r.SubmittedLate, c.Title });
        var count = await waiting.CountAsync(cancellationToken);
        var items = (await waiting.OrderBy(r => r.SubmittedOn).ThenBy(r => r.Title).Take(Shown).ToListAsync(cancellationToken))
            .Select(r => new WorkItem($"{r.Title}: {FinancialQuarter.FromKey(r.QuarterKey).Label} return", $"/monitoring/returns/{r.Id}/review",
                $"Submitted {UkTime.Date(r.SubmittedOn)}{(r.SubmittedLate ? ", late" : "")}"))
            .ToList();
        return new WorkGroup("Quarterly returns to review", count, items, "/monitoring?status=awaiting-review", Order: 30);
    }
}

/// <summary>
/// Each reviewer's "Quarterly returns to review" as this instance keeps it (<see cref="ReturnsToReviewWork"/>): one group
/// of a count and five items per person and organisation, replaced when the register's or the monitoring version changes;
/// as many people as the home pages keep (<see cref="KeptHomeWork"/>), each dropped after as long unused.
/// </summary>
public sealed class KeptReturnsToReview(IServiceScopeFactory scopes, TimeProvider clock)
    : LeedsCommissioning.Web.Infrastructure.KeptPerVersion<(string UserId, int? OrganisationId), (long Register, long Monitoring), WorkGroup>(
        scopes, new LeedsCommissioning.Web.Infrastructure.KeptBound(KeptHomeWork.Capacity, KeptHomeWork.Lifetime, clock));
