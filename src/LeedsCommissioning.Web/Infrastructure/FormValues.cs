using System.Globalization;
using System.Text.RegularExpressions;
using LeedsCommissioning.Domain.Common;

namespace LeedsCommissioning.Web.Infrastructure;

/// <summary>
/// Reads the text people type into time and extension-months boxes. Money and numbers are read by
/// <see cref="MoneyText"/> and <see cref="NumberText"/> (Domain/Common), UK dates and times by <see cref="UkTime"/>.
/// </summary>
public static partial class FormValues
{
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
        var months = parts.Select(NumberText.WholeNumber).ToList();
        return months.All(m => m is not null) ? months.Select(m => m!.Value).ToList() : null;
    }

    [GeneratedRegex(@"^(?<h>\d{1,2})(:(?<m>\d{2}))?\s*(?<s>am|pm)?$")]
    private static partial Regex TimePattern();
}
