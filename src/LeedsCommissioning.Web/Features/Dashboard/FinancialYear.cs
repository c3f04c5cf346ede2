using System.Globalization;

namespace LeedsCommissioning.Web.Features.Dashboard;

/// <summary>
/// A UK financial year, 1 April to 31 March (the council's and the NHS's budget year): "2026 to 2027", as GOV.UK writes
/// financial years. <see cref="StartYear"/> is the calendar year of its April.
/// </summary>
public readonly record struct FinancialYear(int StartYear)
{
    public DateOnly Start => new(StartYear, 4, 1);

    public DateOnly End => new(StartYear + 1, 3, 31);

    public int Days => End.DayNumber - Start.DayNumber + 1;

    /// <summary>"2026 to 2027".</summary>
    public string Name => string.Create(CultureInfo.InvariantCulture, $"{StartYear} to {StartYear + 1}");

    public static FinancialYear Of(DateOnly date) => new(date.Month >= 4 ? date.Year : date.Year - 1);

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    /// <summary>
    /// The part of this year (0 to 1) that a contract running from <paramref name="from"/> to <paramref name="to"/>
    /// (both days included) covers: a contract running all year counts its whole annual value, one running for half of it
    /// half.
    /// </summary>
    public decimal ShareCovered(DateOnly from, DateOnly to)
    {
        var first = from > Start ? from : Start;
        var last = to < End ? to : End;
        return last < first ? 0m : (last.DayNumber - first.DayNumber + 1) / (decimal)Days;
    }
}

/// <summary>
/// A quarter of the financial year (quarter 1 is April to June) in which contracts end: "January to March 2027".
/// </summary>
public readonly record struct EndingQuarter(int Year, int FirstMonth)
{
    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static EndingQuarter Of(DateOnly date) => new(date.Year, ((date.Month - 1) / 3 * 3) + 1);

    public DateOnly Start => new(Year, FirstMonth, 1);

    public DateOnly End => Start.AddMonths(3).AddDays(-1);

    public EndingQuarter Next => Of(Start.AddMonths(3));

    /// <summary>"January to March 2027".</summary>
    public string Name => $"{Months[FirstMonth - 1]} to {Months[FirstMonth + 1]} {Year.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The quarter this one starts with and the <paramref name="count"/> - 1 after it.</summary>
    public IReadOnlyList<EndingQuarter> AndFollowing(int count)
    {
        var quarters = new List<EndingQuarter>(count);
        var quarter = this;
        for (var i = 0; i < count; i++)
        {
            quarters.Add(quarter);
            quarter = quarter.Next;
        }

        return quarters;
    }
}
