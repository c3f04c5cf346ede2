namespace LeedsCommissioning.Infrastructure.Reminders;

/// <summary>
/// A kind of reminder a user has chosen not to receive by e-mail (issue 14): every kind comes by e-mail unless the
/// user has a row here for it (set at /account/reminders). The reminder still shows on their home page.
/// </summary>
public sealed class ReminderEmailOptOut
{
    public string UserId { get; set; } = "";

    /// <summary>The name of Web.Features.Reminders.ReminderKind, as <see cref="Reminder.Kind"/>.</summary>
    public string Kind { get; set; } = "";

    public DateTime ChosenAtUtc { get; set; }
}
