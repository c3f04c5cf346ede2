using System.Globalization;

namespace LeedsCommissioning.Domain.Monitoring;

/// <summary>
/// A quarter of the council's financial year (1 April to 31 March): Q1 April to June, Q2 July to September, Q3 October to
/// December, Q4 January to March. <see cref="Year"/> is the calendar year the financial year starts in (2026 for 2026/27).
/// </summary>
public readonly record struct FinancialQuarter
{
    /// <summary>The quarter whose Quality Management Framework theme is Well-Led, from which the rotation counts (docs/domain.md, "Monitoring").</summary>
    public static readonly FinancialQuarter RotationStart = new(2026, 1);

    public FinancialQuarter(int year, int number)
    {
        if (number is < 1 or > 4)
        {
            throw new ArgumentOutOfRangeException(nameof(number), "A financial year has quarters 1 to 4.");
        }

        Year = year;
        Number = number;
    }

    public int Year { get; }

    public int Number { get; }

    public static FinancialQuarter Of(DateOnly date) =>
        date.Month >= 4 ? new(date.Year, ((date.Month - 4) / 3) + 1) : new(date.Year - 1, 4);

    public DateOnly StartsOn => new DateOnly(Year, 4, 1).AddMonths((Number - 1) * 3);

    public DateOnly EndsOn => StartsOn.AddMonths(3).AddDays(-1);

    /// <summary>The return is due <paramref name="daysAfterEnd"/> days after the quarter's last day.</summary>
    public DateOnly DueOn(int daysAfterEnd) => EndsOn.AddDays(daysAfterEnd);

    public FinancialQuarter Next => Number == 4 ? new(Year + 1, 1) : new(Year, Number + 1);

    public FinancialQuarter Previous => Number == 1 ? new(Year - 1, 4) : new(Year, Number - 1);

    /// <summary>The first quarter of the same financial year.</summary>
    public FinancialQuarter FirstOfYear => new(Year, 1);

    /// <summary>Quarters since <see cref="RotationStart"/> (negative before it).</summary>
    public int Index => ((Year - RotationStart.Year) * 4) + (Number - RotationStart.Number);

    /// <summary>
    /// The Quality Management Framework theme of this quarter: the five themes in the MPS's order, one a quarter, Well-Led
    /// in Q1 2026/27, so every provider reflects on the same theme in the same quarter and each theme comes back every
    /// fifteen months.
    /// </summary>
    public QmfTheme Theme => (QmfTheme)(((Index % 5) + 5) % 5);

    /// <summary>"Q3 2026/27".</summary>
    public string Label => string.Create(CultureInfo.InvariantCulture, $"Q{Number} {Year}/{(Year + 1) % 100:00}");

    /// <summary>"October to December 2026".</summary>
    public string Months => $"{StartsOn.ToString("MMMM", CultureInfo.GetCultureInfo("en-GB"))} to {EndsOn.ToString("MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))}";

    /// <summary>A sortable whole number, e.g. 20263 for Q3 2026/27.</summary>
    public int Key => (Year * 10) + Number;

    public static FinancialQuarter FromKey(int key) => new(key / 10, key % 10);

    public override string ToString() => Label;
}
