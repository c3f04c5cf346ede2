namespace LeedsCommissioning.Domain.Contracts;

/// <summary>Date arithmetic for contract terms. End dates are inclusive (a term ends on its last day).</summary>
public static class Term
{
    /// <summary>
    /// The length of a term in months: whole calendar months from <paramref name="start"/> to the day
    /// after <paramref name="endInclusive"/>, plus any part month as a fraction of that month's days.
    /// 1 April 2019 to 31 March 2024 is exactly 60.
    /// </summary>
    public static decimal Months(DateOnly start, DateOnly endInclusive)
    {
        var endExclusive = endInclusive.AddDays(1);
        if (endExclusive <= start)
        {
            return 0m;
        }

        var months = ((endExclusive.Year - start.Year) * 12) + endExclusive.Month - start.Month;
        while (months > 0 && start.AddMonths(months) > endExclusive)
        {
            months--;
        }

        var anchor = start.AddMonths(months);
        var remainder = endExclusive.DayNumber - anchor.DayNumber;
        if (remainder == 0)
        {
            return months;
        }

        var monthLength = start.AddMonths(months + 1).DayNumber - anchor.DayNumber;
        return months + decimal.Round((decimal)remainder / monthLength, 4);
    }

    /// <summary>
    /// The last day of a term extended by <paramref name="months"/> whole months beyond <paramref name="endInclusive"/>.
    /// A term ending on the last day of a month stays ending on the last day of a month.
    /// </summary>
    public static DateOnly Extend(DateOnly endInclusive, int months)
    {
        var next = endInclusive.AddDays(1);
        return next.Day == 1 ? next.AddMonths(months).AddDays(-1) : endInclusive.AddMonths(months);
    }
}
