namespace LeedsCommissioning.Domain.Opportunities;

/// <summary>Instants are stored in UTC; deadlines and dates are read in UK time (Europe/London).</summary>
public static class UkCalendar
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static DateOnly DateOf(DateTime utc) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone));

    /// <summary>UK local date and time to UTC; a time skipped by the clocks going forward moves on an hour.</summary>
    public static DateTime ToUtc(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        return TimeZoneInfo.ConvertTimeToUtc(local, Zone);
    }

    public static string Describe(DateTime utc)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);
        var time = (local.Hour, local.Minute) switch
        {
            (12, 0) => "midday",
            (0, 0) => "midnight",
            _ => local.ToString("h:mmtt", System.Globalization.CultureInfo.InvariantCulture).ToLowerInvariant(),
        };
        return $"{local.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)} at {time}";
    }
}
