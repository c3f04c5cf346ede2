namespace LeedsCommissioning.Domain.Decisions;

/// <summary>
/// Working-day arithmetic for call-in periods and the award standstill (domain.md sections 1 and 9: "8 working days'
/// standstill"). Saturdays, Sundays and England and Wales bank holidays (<see cref="BankHolidays"/>, gov.uk/bank-holidays)
/// are skipped.
/// </summary>
public static class WorkingDays
{
    public static bool IsWorkingDay(DateOnly date, BankHolidays? holidays = null) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
        && !(holidays ?? BankHolidays.EnglandAndWales).IsBankHoliday(date);

    /// <summary>The date <paramref name="days"/> working days after <paramref name="from"/> (which itself does not count).</summary>
    public static DateOnly Add(DateOnly from, int days, BankHolidays? holidays = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var date = from;
        while (days > 0)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date, holidays))
            {
                days--;
            }
        }

        return date;
    }
}
