using LeedsCommissioning.Domain.Decommissioning;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Web.Features.Reminders;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Decommissioning;

/// <summary>
/// Overdue exit tasks (issue 14, "Notices and reminders"): every task of a case still open (not refused, not completed)
/// that is past its due date and not done (<see cref="ExitTask.IsOverdue"/>) is due to its owner when they have an
/// account, else to the commissioner who started the case. The key carries the due date, so moving it raises a new reminder.
/// For one person only the cases they started or own a task of are read.
/// </summary>
public sealed class ExitTaskReminders(CommissioningDbContext db) : IReminderSource
{
    public ReminderKind Kind => ReminderKind.ExitTaskOverdue;

    public async Task<IReadOnlyList<DueReminder>> DueAsync(DateOnly today, string? forUserId, CancellationToken cancellationToken)
    {
        var open = db.DecommissioningCases.AsNoTracking();
        if (forUserId is not null)
        {
            open = open.Where(c => c.CommissionerUserId == forUserId || c.ExitTasks.Any(t => t.OwnerUserId == forUserId));
        }

        var cases = await open.Include(c => c.ExitTasks)
            .Where(c => c.Status != DecommissioningStatus.Refused && c.Status != DecommissioningStatus.Completed)
            .Where(c => c.ExitTasks.Any(t => t.DoneOn == null && t.DueOn < today))
            .ToListAsync(cancellationToken);
        var contractIds = cases.Select(c => c.ContractId).ToList();
        var titles = await db.Contracts.AsNoTracking().Where(c => contractIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Title, cancellationToken);
        return cases
            .SelectMany(c => c.ExitTasks.Where(t => t.IsOverdue(today)).OrderBy(t => t.Number).Select(t => (Case: c, Task: t)))
            .Where(x => (x.Task.OwnerUserId ?? x.Case.CommissionerUserId) is not null)
            .Select(x => new DueReminder(
                x.Task.OwnerUserId ?? x.Case.CommissionerUserId!,
                ReminderKind.ExitTaskOverdue,
                $"decommissioning-{x.Case.Id}-exit-task-{x.Task.Number}-{x.Task.DueOn:yyyy-MM-dd}",
                $"Exit task overdue: {x.Task.Name} ({titles.GetValueOrDefault(x.Case.ContractId, "contract")})",
                x.Task.DueOn!.Value,
                $"/decommissioning/{x.Case.Id}/exit-plan"))
            .For(forUserId);
    }
}
