namespace LeedsCommissioning.Domain.Performance;

/// <summary>
/// Contract years, in which key performance indicators are rated: year 1 runs from the start date for twelve months,
/// year 2 for the twelve after, and so on to the end date.
/// </summary>
public static class ContractYears
{
    public static DateOnly StartOf(DateOnly contractStart, int year) => contractStart.AddYears(year - 1);

    public static DateOnly EndOf(DateOnly contractStart, int year) => contractStart.AddYears(year).AddDays(-1);

    /// <summary>How many contract years the term from <paramref name="start"/> to <paramref name="end"/> has (a part year counts).</summary>
    public static int Count(DateOnly start, DateOnly end)
    {
        var years = 1;
        while (EndOf(start, years) < end)
        {
            years++;
        }

        return years;
    }

    /// <summary>The contract year <paramref name="date"/> falls in (0 before the start).</summary>
    public static int Of(DateOnly start, DateOnly date)
    {
        if (date < start)
        {
            return 0;
        }

        var year = 1;
        while (EndOf(start, year) < date)
        {
            year++;
        }

        return year;
    }

    /// <summary>"Year 2 (1 April 2020 to 31 March 2021)".</summary>
    public static string Label(DateOnly start, int year) =>
        $"Year {year} ({Common.UkTime.Date(StartOf(start, year))} to {Common.UkTime.Date(EndOf(start, year))})";
}
