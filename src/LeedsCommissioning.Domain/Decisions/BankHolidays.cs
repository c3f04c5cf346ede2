namespace LeedsCommissioning.Domain.Decisions;

/// <summary>
/// A one-off change to England and Wales bank holidays, made by royal proclamation (gov.uk/bank-holidays): a date
/// the rules give that was moved away (<see cref="IsBankHoliday"/> false) or an extra or moved-to date (true).
/// </summary>
public sealed class BankHolidayChange
{
    public BankHolidayChange() { }

    public BankHolidayChange(DateOnly date, bool isBankHoliday, string reason)
    {
        Date = date;
        IsBankHoliday = isBankHoliday;
        Reason = reason;
    }

    public DateOnly Date { get; set; }

    public bool IsBankHoliday { get; set; }

    public string Reason { get; set; } = "";
}

/// <summary>
/// Bank holidays in England and Wales (gov.uk/bank-holidays; docs/domain.md "Working days and bank holidays"), computed
/// by rule for any year so the calendar never runs out: New Year's Day, Good Friday, Easter Monday, the early May bank
/// holiday (first Monday of May), the spring bank holiday (last Monday of May), the summer bank holiday (last Monday of
/// August), Christmas Day and Boxing Day; when one of New Year's Day, Christmas Day or Boxing Day falls at a weekend a
/// substitute day is the next weekday not already a bank holiday. One-off changes (<see cref="Changes"/>) come from
/// configuration, seeded with those since 2020.
/// </summary>
public sealed class BankHolidays
{
    private readonly Dictionary<int, HashSet<DateOnly>> _byYear = [];
    private readonly Lock _lock = new();

    public BankHolidays(IEnumerable<BankHolidayChange> changes) => Changes = changes.ToList();

    public IReadOnlyList<BankHolidayChange> Changes { get; }

    /// <summary>The one-off changes since 2020, as gov.uk/bank-holidays lists them.</summary>
    public static IReadOnlyList<BankHolidayChange> DefaultChanges { get; } =
    [
        new(new DateOnly(2020, 5, 4), false, "Early May bank holiday moved to Friday 8 May 2020 (VE Day)"),
        new(new DateOnly(2020, 5, 8), true, "Early May bank holiday (VE Day)"),
        new(new DateOnly(2022, 5, 30), false, "Spring bank holiday moved to Thursday 2 June 2022"),
        new(new DateOnly(2022, 6, 2), true, "Spring bank holiday"),
        new(new DateOnly(2022, 6, 3), true, "Platinum Jubilee bank holiday"),
        new(new DateOnly(2022, 9, 19), true, "Bank Holiday for the State Funeral of Queen Elizabeth II"),
        new(new DateOnly(2023, 5, 8), true, "Bank holiday for the coronation of King Charles III"),
    ];

    /// <summary>The calendar with the seeded one-off changes.</summary>
    public static BankHolidays EnglandAndWales { get; } = new(DefaultChanges);

    public bool IsBankHoliday(DateOnly date) => In(date.Year).Contains(date);

    /// <summary>The bank holidays of <paramref name="year"/> (the days off, so substitute days rather than weekend dates).</summary>
    public IReadOnlySet<DateOnly> In(int year)
    {
        lock (_lock)
        {
            if (!_byYear.TryGetValue(year, out var days))
            {
                days = ByRule(year).ToHashSet();
                foreach (var change in Changes.Where(c => c.Date.Year == year))
                {
                    if (change.IsBankHoliday)
                    {
                        days.Add(change.Date);
                    }
                    else
                    {
                        days.Remove(change.Date);
                    }
                }

                _byYear[year] = days;
            }

            return days;
        }
    }

    /// <summary>The bank holidays the standing rules give for <paramref name="year"/>, before one-off changes.</summary>
    public static IEnumerable<DateOnly> ByRule(int year)
    {
        var days = new List<DateOnly> { NextWeekday(new DateOnly(year, 1, 1), []) };
        var easter = EasterSunday(year);
        days.Add(easter.AddDays(-2));
        days.Add(easter.AddDays(1));
        days.Add(FirstMonday(year, 5));
        days.Add(LastMonday(year, 5));
        days.Add(LastMonday(year, 8));
        var christmas = NextWeekday(new DateOnly(year, 12, 25), days);
        days.Add(christmas);
        var boxingDay = new DateOnly(year, 12, 26);
        days.Add(NextWeekday(boxingDay <= christmas ? christmas.AddDays(1) : boxingDay, days));
        return days;
    }

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Jones/Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    private static DateOnly NextWeekday(DateOnly date, IReadOnlyCollection<DateOnly> taken)
    {
        while (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || taken.Contains(date))
        {
            date = date.AddDays(1);
        }

        return date;
    }

    private static DateOnly FirstMonday(int year, int month)
    {
        var date = new DateOnly(year, month, 1);
        while (date.DayOfWeek != DayOfWeek.Monday)
        {
            date = date.AddDays(1);
        }

        return date;
    }

    private static DateOnly LastMonday(int year, int month)
    {
        var date = new DateOnly(year, month, 1).AddMonths(1).AddDays(-1);
        while (date.DayOfWeek != DayOfWeek.Monday)
        {
            date = date.AddDays(-1);
        }

        return date;
    }
}
