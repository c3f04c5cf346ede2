namespace LeedsCommissioning.Web.Features.Reminders;

/// <summary>What each kind of reminder is called on the preferences page and in e-mail.</summary>
public static class ReminderKindNames
{
    public static string ToDisplayName(this ReminderKind kind) => kind switch
    {
        ReminderKind.ExtensionDecisionDue => "Extension decision due",
        ReminderKind.RenewalDecisionDue => "Renewal decision due",
        ReminderKind.CompactNoticeDeadline => "Compact notice deadline",
        ReminderKind.ExitTaskOverdue => "Exit task overdue",
        ReminderKind.MonitoringReturnDue => "Quarterly return due",
        _ => kind.ToString(),
    };

    /// <summary>One line saying when the reminder comes, for the preferences page's hint.</summary>
    public static string Explanation(this ReminderKind kind) => kind switch
    {
        ReminderKind.ExtensionDecisionDue => "when the date to decide on a contract's optional extension is near or has passed.",
        ReminderKind.RenewalDecisionDue => "when the date to decide whether to extend, recommission or decommission a contract is near or has passed.",
        ReminderKind.CompactNoticeDeadline => "when the last day to give a third-sector provider the Compact for Leeds' six months' notice of a contract's end is near.",
        ReminderKind.ExitTaskOverdue => "when a task in a decommissioning exit plan that you own is past its due date.",
        ReminderKind.MonitoringReturnDue => "when your organisation's quarterly monitoring return is due soon or late, or, for a contract you are responsible for, late.",
        _ => "",
    };

    /// <summary>Every kind, in the order the preferences page lists them.</summary>
    public static IReadOnlyList<ReminderKind> All { get; } = Enum.GetValues<ReminderKind>();
}
