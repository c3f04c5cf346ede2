using System.Globalization;

namespace LeedsCommissioning.Domain.Common;

/// <summary>
/// The one UK clock. Instants are stored in UTC and read in UK time (Europe/London); dates are UK dates,
/// written GOV.UK style ("30 October 2019", "30 October 2019 at 2:05pm"). "Today" always comes from the
/// injected <see cref="TimeProvider"/> (<see cref="UkToday"/>), so tests fix it with a fake clock.
/// </summary>
public static class UkTime
{
    private static readonly CultureInfo Uk = CultureInfo.GetCultureInfo("en-GB");

    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>Today's date in the UK, from the clock.</summary>
    public static DateOnly UkToday(this TimeProvider clock) => DateOf(clock.GetUtcNow().UtcDateTime);

    public static DateTime ToUk(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>The UK date of an instant.</summary>
    public static DateOnly DateOf(DateTime utc) => DateOnly.FromDateTime(ToUk(utc));

    /// <summary>UK local date and time to UTC; a time skipped by the clocks going forward moves on an hour, and an ambiguous one is read as standard time.</summary>
    public static DateTime ToUtc(DateTime ukLocal)
    {
        var unspecified = DateTime.SpecifyKind(ukLocal, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(unspecified))
        {
            unspecified = unspecified.AddHours(1);
        }

        return TimeZoneInfo.ConvertTimeToUtc(unspecified, Zone);
    }

    public static DateTime ToUtc(DateOnly date, TimeOnly time) => ToUtc(date.ToDateTime(time, DateTimeKind.Unspecified));

    /// <summary>"30 October 2019".</summary>
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Uk);

    public static string Date(DateOnly? date) => date is { } d ? Date(d) : "";

    /// <summary>"30 October 2019 at 2:05pm" in UK time.</summary>
    public static string DateAndTime(DateTime utc)
    {
        var local = ToUk(utc);
        return $"{local.ToString("d MMMM yyyy", Uk)} at {Time(local)}";
    }

    public static string DateAndTime(DateTime? utc) => utc is { } u ? DateAndTime(u) : "";

    /// <summary>"14:30": the UK time of an instant as a time box shows it.</summary>
    public static string TimeOfDay(DateTime utc) => ToUk(utc).ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>An amount as the screens write it: "£75,000", and "£75,000.50" only when there are pence (<see cref="Common.Money.Text"/>).</summary>
    public static string Money(decimal pounds) => Common.Money.Text(pounds);

    /// <summary>GOV.UK style: "2:05pm", "midday", "midnight".</summary>
    private static string Time(DateTime local) => (local.Hour, local.Minute) switch
    {
        (12, 0) => "midday",
        (0, 0) => "midnight",
        _ => local.ToString("h:mmtt", CultureInfo.InvariantCulture).ToLowerInvariant(),
    };
}
