namespace LeedsCommissioning.Domain.Decisions;

/// <summary>
/// Working-day arithmetic for call-in periods. Saturdays and Sundays are skipped. Bank holidays are
/// NOT modelled: a call-in period that spans one ends a day early by this count, so officers should
/// check the date the democratic services team publishes (docs/domain.md, "CPR waivers and decision records").
/// </summary>
public static class WorkingDays
{
    public static bool IsWorkingDay(DateOnly date) => date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>The date <paramref name="days"/> working days after <paramref name="from"/> (which itself does not count).</summary>
    public static DateOnly Add(DateOnly from, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var date = from;
        while (days > 0)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date))
            {
                days--;
            }
        }

        return date;
    }
}
