using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Web.Infrastructure.Exports;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Reminders;

/// <summary>One reminder on the signed-in person's home page.</summary>
public sealed record YourReminderRow(long Id, ReminderKind Kind, string Title, DateOnly DueOn, string Link, bool IsOverdue);

/// <summary>
/// A reminder in the download of "Your reminders" (docs/patterns.md "Downloads"): what the home page shows of it, with its
/// link as a full <paramref name="Address"/>.
/// </summary>
public sealed record ReminderExportRow(YourReminderRow Reminder, string Address)
{
    public static ListExport<ReminderExportRow> Export { get; } = new ListExport<ReminderExportRow>("your-reminders", "Your reminders")
        .Text("Reminder", r => r.Reminder.Title, 60)
        .Text("Kind", r => r.Reminder.Kind.ToDisplayName(), 30)
        .Date("Due", r => r.Reminder.DueOn)
        .YesNo("Overdue", r => r.Reminder.IsOverdue, 10)
        .Text("Link", r => r.Address, 50);
}

/// <summary>"Your reminders" on the home page (Features/Shared/_YourReminders.cshtml): the person's own undismissed reminders.</summary>
public sealed record YourRemindersModel(IReadOnlyList<YourReminderRow> Rows);

public static class YourReminders
{
    /// <summary>The undismissed reminders of <paramref name="userId"/> only, overdue first, then by due date.</summary>
    public static async Task<YourRemindersModel> ForAsync(this CommissioningDbContext db, string userId, DateOnly today)
    {
        var rows = await db.Reminders.AsNoTracking()
            .Where(r => r.UserId == userId && r.DismissedAtUtc == null)
            .OrderBy(r => r.DueOn).ThenBy(r => r.Id)
            .Select(r => new { r.Id, r.Kind, r.Title, r.DueOn, r.Link })
            .ToListAsync();
        return new YourRemindersModel(rows
            .Select(r => new YourReminderRow(r.Id, Enum.TryParse<ReminderKind>(r.Kind, out var kind) ? kind : default, r.Title, r.DueOn, r.Link, r.DueOn < today))
            .ToList());
    }
}
