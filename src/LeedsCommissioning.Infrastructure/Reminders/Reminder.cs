namespace LeedsCommissioning.Infrastructure.Reminders;

/// <summary>
/// A reminder raised for one user (issue 14, "Notices and reminders"): something of theirs is due (an extension decision,
/// the Compact's notice date, ...). The scheduled "reminders" job (Web/Features/Reminders/RemindersJob.cs) raises each
/// (<see cref="UserId"/>, <see cref="Key"/>) once: a unique index stops a second row, so a run that is repeated, or two
/// instances at once, never raise it twice. When the user takes this kind of reminder by e-mail, the e-mail is queued in
/// the outbox in the same transaction as the row (<see cref="EmailedAtUtc"/> is then set), so neither exists without
/// the other. The user sees their undismissed reminders on the home page and may dismiss one.
/// </summary>
public sealed class Reminder
{
    public long Id { get; set; }

    /// <summary>The person reminded (an Identity user id).</summary>
    public string UserId { get; set; } = "";

    /// <summary>The kind, as the name of Web.Features.Reminders.ReminderKind ("ExtensionDecisionDue"): readable in the database, and a new kind needs no migration.</summary>
    public string Kind { get; set; } = "";

    /// <summary>What it is about and when, e.g. "contract-42-extension-1-2027-03-31": raised once per user.</summary>
    public string Key { get; set; } = "";

    public string Title { get; set; } = "";

    /// <summary>The UK date the thing is due.</summary>
    public DateOnly DueOn { get; set; }

    /// <summary>The portal path it is about ("/contracts/42/term").</summary>
    public string Link { get; set; } = "";

    public DateTime RaisedAtUtc { get; set; }

    /// <summary>When its e-mail was queued (with the row, in one transaction); null when the user does not take this kind by e-mail.</summary>
    public DateTime? EmailedAtUtc { get; set; }

    /// <summary>When the user cleared it from their home page; null while it shows.</summary>
    public DateTime? DismissedAtUtc { get; set; }
}
