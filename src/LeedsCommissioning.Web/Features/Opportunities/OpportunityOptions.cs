using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LeedsCommissioning.Web.Features.Opportunities;

/// <summary>
/// Configuration for opportunities (section "Opportunities" of appsettings.json). Thresholds are dated
/// configuration, never constants (domain.md sections 3 and 9): add a line when they are revised.
/// </summary>
public sealed class OpportunityOptions
{
    public const string Section = "Opportunities";

    public List<ThresholdSetting> Thresholds { get; set; } = [];

    /// <summary>
    /// The Keep it Local maximum annual value of a lot. An assumption: the sources give no figure, only the
    /// advice to set one (KiL guide step 4); seeded at £500,000 a year, the income above which only 6.6% of
    /// charities sit (domain.md section 3).
    /// </summary>
    public decimal KeepItLocalMaximumLotValue { get; set; } = 500_000m;

    /// <summary>
    /// How many days before the bid deadline an organisation that registered interest and has not bid is reminded
    /// (once; see <see cref="BidDeadlineReminders"/>). 0 turns the reminder off.
    /// </summary>
    public int BidDeadlineReminderDays { get; set; } = 3;

    /// <summary>How often the reminder job looks for organisations to remind.</summary>
    public TimeSpan BidDeadlineRemindersEvery { get; set; } = TimeSpan.FromMinutes(15);
}
