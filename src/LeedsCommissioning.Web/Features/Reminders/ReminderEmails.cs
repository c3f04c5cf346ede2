using LeedsCommissioning.Domain.Common;

namespace LeedsCommissioning.Web.Features.Reminders;

/// <summary>The e-mail a reminder sends: what is due, when, and the link to act on it (plain text, as every portal e-mail).</summary>
public static class ReminderEmails
{
    public static string Subject(DueReminder reminder) => $"{reminder.Kind.ToDisplayName()}: {reminder.Title}";

    public static string Body(string name, DueReminder reminder, DateOnly today, string portalAddress)
    {
        var when = reminder.DueOn < today
            ? $"This was due on {UkTime.Date(reminder.DueOn)} and is overdue."
            : $"This is due on {UkTime.Date(reminder.DueOn)}.";
        return $"""
            Dear {name},

            {reminder.Title}.

            {when}

            Open it in the portal: {portalAddress.TrimEnd('/')}{reminder.Link}

            You can choose which reminders you get by email: {portalAddress.TrimEnd('/')}/account/reminders
            Your reminders also show on your home page in the portal.

            Leeds Commissioning
            """;
    }
}
