using LeedsCommissioning.Domain.Monitoring;
using LeedsCommissioning.Domain.Security;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Web.Features.Providers;
using LeedsCommissioning.Web.Features.Reminders;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Monitoring;

/// <summary>
/// Quarterly returns due (issue 15, "late returns are flagged and reminded through the outbox"): a return not yet submitted
/// of a contract being delivered is due to the lead provider's users from <see cref="MonitoringOptions.DueSoonDays"/> before
/// its due date ("due soon"), and again once it is late; a late return is also due to the contract's responsible
/// commissioner. The keys name the return and the stage, so each person is reminded once of each. For one person only the
/// contracts they are responsible for or their organisation leads are read.
/// </summary>
public sealed class MonitoringReturnReminders(CommissioningDbContext db, MonitoringOptions options) : IReminderSource
{
    public ReminderKind Kind => ReminderKind.MonitoringReturnDue;

    public async Task<IReadOnlyList<DueReminder>> DueAsync(DateOnly today, string? forUserId, CancellationToken cancellationToken)
    {
        var horizon = today.AddDays(options.DueSoonDays);
        var contracts = db.Contracts.AsNoTracking().Where(ProviderQueries.IsDelivering);
        if (forUserId is not null)
        {
            contracts = contracts.Where(c => c.ResponsibleCommissionerId == forUserId
                || db.Users.Where(u => u.Id == forUserId && u.ProviderId != null).Select(u => u.ProviderId).Contains(c.LeadProviderId));
        }

        var returns = await (
                from r in db.QuarterlyReturns.AsNoTracking()
                join c in contracts on r.ContractId equals c.Id
                where r.Status == ReturnStatus.Draft && r.DueOn <= horizon
                select new { r.Id, r.QuarterKey, r.DueOn, c.Title, c.LeadProviderId, c.ResponsibleCommissionerId })
            .ToListAsync(cancellationToken);
        if (returns.Count == 0)
        {
            return [];
        }

        var providerIds = returns.Where(r => r.LeadProviderId != null).Select(r => r.LeadProviderId).Distinct().ToList();
        var providerRole = await db.Roles.Where(r => r.Name == Roles.ProviderUser).Select(r => r.Id).SingleAsync(cancellationToken);
        var providerUsers = (await db.Users.AsNoTracking()
                .Where(u => providerIds.Contains(u.ProviderId) && db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == providerRole))
                .Select(u => new { u.Id, u.ProviderId }).ToListAsync(cancellationToken))
            .ToLookup(u => u.ProviderId, u => u.Id);
        var due = new List<DueReminder>();
        foreach (var r in returns.OrderBy(r => r.DueOn).ThenBy(r => r.Id))
        {
            var quarter = FinancialQuarter.FromKey(r.QuarterKey);
            var late = today > r.DueOn;
            var link = $"/monitoring/returns/{r.Id}";
            var stage = late ? "late" : "due";
            var title = late
                ? $"Quarterly return late: {r.Title}, {quarter.Label}"
                : $"Quarterly return due: {r.Title}, {quarter.Label}";
            due.AddRange(providerUsers[r.LeadProviderId].Select(u =>
                new DueReminder(u, ReminderKind.MonitoringReturnDue, $"monitoring-return-{r.Id}-{stage}-{r.DueOn:yyyy-MM-dd}", title, r.DueOn, link)));
            if (late && r.ResponsibleCommissionerId is { } commissioner)
            {
                due.Add(new DueReminder(commissioner, ReminderKind.MonitoringReturnDue, $"monitoring-return-{r.Id}-late-{r.DueOn:yyyy-MM-dd}",
                    $"Quarterly return late from the provider: {r.Title}, {quarter.Label}", r.DueOn, link));
            }
        }

        return due.For(forUserId);
    }
}
