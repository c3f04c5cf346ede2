namespace LeedsCommissioning.Web.Features.Reminders;

/// <summary>
/// The "Reminders" configuration section (issue 14, "Notices and reminders"). The leads are not in the sources: four
/// weeks is the issue's own default ("configurable lead, default four weeks before the six months"), used for each.
/// </summary>
public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    /// <summary>How often the reminders job runs. It raises each reminder once, so running it often only makes a reminder sooner.</summary>
    public TimeSpan Every { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Days before a pending extension's decide-by date that the responsible commissioner is reminded (and from then on while it is overdue).</summary>
    public int ExtensionDecisionLeadDays { get; set; } = 28;

    /// <summary>Days before a renewal decision's due date (the pipeline's) that its owner is reminded, and from then on while it is undecided.</summary>
    public int RenewalDecisionLeadDays { get; set; } = 28;

    /// <summary>Days before the last day to give the Compact's six months' notice that the responsible commissioner is reminded.</summary>
    public int CompactNoticeLeadDays { get; set; } = 28;
}
