namespace LeedsCommissioning.Web.Features.Reminders;

/// <summary>The kinds of reminder the portal raises (issue 14); each user chooses which of them also come by e-mail.</summary>
public enum ReminderKind
{
    /// <summary>A pending optional extension's decide-by date is near or past.</summary>
    ExtensionDecisionDue = 0,

    /// <summary>The renewal decision due date (end less the route's lead time and the Compact's notice) is near or past.</summary>
    RenewalDecisionDue = 1,

    /// <summary>The last day to give a third-sector organisation the Compact's six months' notice is near.</summary>
    CompactNoticeDeadline = 2,

    /// <summary>A decommissioning exit plan task is past its due date and not done.</summary>
    ExitTaskOverdue = 3,

    /// <summary>A quarterly monitoring return is due soon or late (issue 15).</summary>
    MonitoringReturnDue = 4,
}

/// <summary>
/// One reminder that is due for one user. <see cref="Key"/> names what it is about and when, e.g.
/// "contract-42-extension-1-2027-03-31": the same key is raised once per user, so a source may return it on every run;
/// a key that changes (a new due date) raises a new reminder.
/// </summary>
public sealed record DueReminder(string UserId, ReminderKind Kind, string Key, string Title, DateOnly DueOn, string Link);

/// <summary>
/// Something that can be due (issue 14, "Notices and reminders"). Each feature that owns a kind of deadline implements
/// one and registers it with services.AddScoped&lt;IReminderSource, TSource&gt;(); the scheduled reminders job asks
/// every source what is due today, records each new reminder once per user and queues the e-mail for those who chose
/// it, in the same transaction. A commissioner's home page asks the same sources for that one person's reminders
/// (<see cref="ContractDecisionsDue"/>), so the page and the job never disagree.
/// </summary>
public interface IReminderSource
{
    /// <summary>The one kind of reminder the source raises.</summary>
    ReminderKind Kind { get; }

    /// <summary>
    /// What is due today: to everyone when <paramref name="forUserId"/> is null (the reminders job), else to that person
    /// only. For one person a source reads only what can be theirs (an indexed read of their contracts or cases), then
    /// applies the same rule as for everyone and keeps theirs (<see cref="DueReminders.For"/>): the answer is always the
    /// job's answer filtered to the person.
    /// </summary>
    Task<IReadOnlyList<DueReminder>> DueAsync(DateOnly today, string? forUserId, CancellationToken cancellationToken);
}

public static class DueReminders
{
    /// <summary>Everyone's reminders when <paramref name="userId"/> is null, else that person's only: the last step of every source.</summary>
    public static IReadOnlyList<DueReminder> For(this IEnumerable<DueReminder> due, string? userId) =>
        (userId is null ? due : due.Where(r => r.UserId == userId)).ToList();
}
