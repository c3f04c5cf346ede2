using System.Globalization;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Web.Features.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LeedsCommissioning.Web.Features.Reminders;

/// <summary>
/// Extension decisions due (issue 14; domain.md section 2, "Terms": an optional extension is taken or declined by its
/// decide-by date). For each running contract (live, in extension or ending) with a responsible commissioner who has an
/// account, its next pending extension whose decide-by date is within Reminders:ExtensionDecisionLeadDays of today, or
/// already past, is due for that commissioner. The key carries the decide-by date, so a new date raises a new reminder.
/// For one person only their contracts are read (indexed by the responsible commissioner).
/// </summary>
public sealed class ExtensionDecisionReminders(CommissioningDbContext db, IOptions<ReminderOptions> options) : IReminderSource
{
    public ReminderKind Kind => ReminderKind.ExtensionDecisionDue;

    public async Task<IReadOnlyList<DueReminder>> DueAsync(DateOnly today, string? forUserId, CancellationToken cancellationToken)
    {
        var horizon = today.AddDays(options.Value.ExtensionDecisionLeadDays);
        var contracts = db.Contracts.AsNoTracking().Where(ProviderQueries.IsDelivering);
        if (forUserId is not null)
        {
            contracts = contracts.Where(c => c.ResponsibleCommissionerId == forUserId);
        }

        var pending = await (
                from e in db.ContractExtensions.AsNoTracking()
                join c in contracts on e.ContractId equals c.Id
                where e.Status == ExtensionStatus.Pending && c.ResponsibleCommissionerId != null
                select new { c.Id, c.Title, UserId = c.ResponsibleCommissionerId!, e.Number, e.Months, e.DecideBy })
            .ToListAsync(cancellationToken);

        // Extensions are taken in order: only each contract's next pending one is decided now.
        return pending.GroupBy(e => e.Id).Select(g => g.MinBy(e => e.Number)!)
            .Where(e => e.DecideBy <= horizon)
            .OrderBy(e => e.DecideBy).ThenBy(e => e.Id)
            .Select(e => new DueReminder(
                e.UserId,
                ReminderKind.ExtensionDecisionDue,
                string.Create(CultureInfo.InvariantCulture, $"contract-{e.Id}-extension-{e.Number}-{e.DecideBy:yyyy-MM-dd}"),
                string.Create(CultureInfo.InvariantCulture, $"Decide whether to take extension {e.Number} ({e.Months} months) of {e.Title}"),
                e.DecideBy,
                string.Create(CultureInfo.InvariantCulture, $"/contracts/{e.Id}/term")))
            .For(forUserId);
    }
}
