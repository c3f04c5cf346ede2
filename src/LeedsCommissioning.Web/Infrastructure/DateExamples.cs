using System.Globalization;
using LeedsCommissioning.Domain.Common;

namespace LeedsCommissioning.Web.Infrastructure;

/// <summary>Which kind of date a date input asks for, so its "For example" hint shows a date of that kind.</summary>
public enum DateExample
{
    /// <summary>No example.</summary>
    None = 0,

    /// <summary>A date that has happened: a report date, a rating date (about a month before today).</summary>
    Past,

    /// <summary>A date to come: a start, a publication date (the first of the month about three months ahead).</summary>
    Future,

    /// <summary>A date years ahead: the end of a term (the day before the future example, five years on).</summary>
    Later,
}

/// <summary>
/// The example in a date input's hint ("For example, 1 3 2027"), worked out from today's date so it never
/// goes stale (docs/patterns.md, "Contact, help and plain English"). Day, month and year without leading
/// zeros, as the GOV.UK date input pattern shows them.
/// </summary>
public static class DateExamples
{
    public static DateOnly For(DateExample kind, DateOnly today) => kind switch
    {
        DateExample.Past => today.AddMonths(-1),
        DateExample.Future => new DateOnly(today.Year, today.Month, 1).AddMonths(4),
        DateExample.Later => new DateOnly(today.Year, today.Month, 1).AddMonths(4).AddYears(5).AddDays(-1),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "No example for this kind"),
    };

    /// <summary>The hint with its example appended: "When the status took effect. For example, 26 10 2026".</summary>
    public static string? Hint(string? hint, DateExample kind, TimeProvider clock)
    {
        if (kind == DateExample.None)
        {
            return hint;
        }

        var date = For(kind, clock.UkToday());
        var example = "For example, " + date.ToString("d M yyyy", CultureInfo.InvariantCulture);
        return string.IsNullOrWhiteSpace(hint) ? example : hint.TrimEnd() + " " + example;
    }
}
