using System.Globalization;

namespace LeedsCommissioning.Web.Infrastructure;

/// <summary>Times are stored in UTC and shown in UK time; dates are UK dates (GOV.UK style: 30 October 2019).</summary>
public static class UkTime
{
    private static readonly CultureInfo Uk = CultureInfo.GetCultureInfo("en-GB");

    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static DateTime ToUk(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>UK local date and time to UTC; ambiguous or invalid clock-change times resolve to standard time.</summary>
    public static DateTime ToUtc(DateTime ukLocal)
    {
        var unspecified = DateTime.SpecifyKind(ukLocal, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(unspecified))
        {
            unspecified = unspecified.AddHours(1);
        }

        return TimeZoneInfo.ConvertTimeToUtc(unspecified, Zone);
    }

    /// <summary>"30 October 2019".</summary>
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Uk);

    public static string Date(DateOnly? date) => date is { } d ? Date(d) : "";

    /// <summary>"30 October 2019 at 2:05pm" in UK time.</summary>
    public static string DateAndTime(System.DateTime utc)
    {
        var local = ToUk(utc);
        return $"{local.ToString("d MMMM yyyy", Uk)} at {Time(local)}";
    }

    public static string DateAndTime(System.DateTime? utc) => utc is { } u ? DateAndTime(u) : "";

    /// <summary>GOV.UK style: "2:05pm", "midday", "midnight".</summary>
    private static string Time(DateTime local) => (local.Hour, local.Minute) switch
    {
        (12, 0) => "midday",
        (0, 0) => "midnight",
        _ => local.ToString("h:mmtt", CultureInfo.InvariantCulture).ToLowerInvariant(),
    };

    /// <summary>"£47,600.00".</summary>
    /// <summary>GOV.UK style: "£75,000" for whole pounds, "£75,000.50" only when there are pence.</summary>
    public static string Money(decimal pounds) => LeedsCommissioning.Domain.Common.Money.Text(pounds);
}
