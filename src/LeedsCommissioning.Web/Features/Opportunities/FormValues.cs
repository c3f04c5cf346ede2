using System.Globalization;
using System.Text.RegularExpressions;

namespace LeedsCommissioning.Web.Features.Opportunities;

/// <summary>Reads the text people type into money, whole-number and time boxes.</summary>
public static partial class FormValues
{
    /// <summary>"£1,250.50", "1250.5", "1,500,000": pounds and pence; null when not a number.</summary>
    public static decimal? Money(string? text)
    {
        var cleaned = text?.Trim().Replace("£", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal).Trim();
        return decimal.TryParse(cleaned, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    public static bool IsMoney(string? text) => Money(text) is not null;

    public static int? WholeNumber(string? text) =>
        int.TryParse(text?.Trim().Replace(",", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    public static bool IsWholeNumber(string? text) => WholeNumber(text) is not null;

    /// <summary>"12:00", "9.30", "2pm", "2:30pm", "midday", "midnight" as a UK local time.</summary>
    public static TimeOnly? Time(string? text)
    {
        var t = text?.Trim().ToLowerInvariant().Replace('.', ':') ?? "";
        if (t is "midday" or "noon" or "12noon")
        {
            return new TimeOnly(12, 0);
        }

        if (t == "midnight")
        {
            return new TimeOnly(0, 0);
        }

        var match = TimePattern().Match(t);
        if (!match.Success)
        {
            return null;
        }

        var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        var suffix = match.Groups["s"].Value;
        if (suffix.Length > 0)
        {
            if (hour is < 1 or > 12)
            {
                return null;
            }

            hour = hour % 12 + (suffix == "pm" ? 12 : 0);
        }
        else if (!match.Groups["m"].Success)
        {
            return null;
        }

        return hour is >= 0 and < 24 && minute is >= 0 and < 60 ? new TimeOnly(hour, minute) : null;
    }

    public static bool IsTime(string? text) => Time(text) is not null;

    /// <summary>"12, 12" or "24" or "" as extension months.</summary>
    public static List<int>? Months(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var parts = text.Split([',', '+', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var months = parts.Select(WholeNumber).ToList();
        return months.All(m => m is not null) ? months.Select(m => m!.Value).ToList() : null;
    }

    public static string Time(DateTime utc)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Domain.Opportunities.UkCalendar.Zone);
        return local.ToString("HH:mm", CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"^(?<h>\d{1,2})(:(?<m>\d{2}))?\s*(?<s>am|pm)?$")]
    private static partial Regex TimePattern();
}
