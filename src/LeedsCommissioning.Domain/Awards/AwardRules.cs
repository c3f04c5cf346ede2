using LeedsCommissioning.Domain.Decisions;

namespace LeedsCommissioning.Domain.Awards;

/// <summary>
/// The award figures the portal takes from configuration (section "AwardRules"): the standstill after the UK6 contract
/// award notice, 8 working days under the Procurement Act 2023 (domain.md section 9), bank holidays skipped.
/// </summary>
public sealed class AwardRules
{
    public int StandstillWorkingDays { get; set; } = 8;

    /// <summary>Who award decisions are reported to (domain.md section 1: "Decision maker (a Director)").</summary>
    public string DecisionMakerRole { get; set; } = "Director";

    public static AwardRules Default => new();

    /// <summary>The last day of the standstill for a notice published on <paramref name="noticePublishedOn"/>.</summary>
    public DateOnly StandstillEndsOn(DateOnly noticePublishedOn, BankHolidays holidays) =>
        WorkingDays.Add(noticePublishedOn, StandstillWorkingDays, holidays);
}
