using System.Globalization;

namespace LeedsCommissioning.Web.TagHelpers.GovUk;

/// <summary>
/// The three text boxes of a GOV.UK date input, bound as X.Day, X.Month and X.Year.
/// Keeps what the user typed so it can be shown back after a failed post.
/// </summary>
public sealed class DateInputModel
{
    public string? Day { get; set; }

    public string? Month { get; set; }

    public string? Year { get; set; }

    /// <summary>True when all three parts are blank.</summary>
    public bool IsEmpty =>
        string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Month) && string.IsNullOrWhiteSpace(Year);

    public static DateInputModel From(DateOnly? date) => date is { } d
        ? new DateInputModel
        {
            Day = d.Day.ToString(CultureInfo.InvariantCulture),
            Month = d.Month.ToString(CultureInfo.InvariantCulture),
            Year = d.Year.ToString("0000", CultureInfo.InvariantCulture),
        }
        : new DateInputModel();

    /// <summary>
    /// Parses a real calendar date: day 1-2 digits, month 1-2 digits or an English month name
    /// ("feb", "February"), year exactly 4 digits; 31/02 or 29/02 in a non-leap year fail.
    /// </summary>
    public bool TryGetDate(out DateOnly date)
    {
        date = default;
        if (!TryParseNumber(Day, maxDigits: 2, out var day)
            || !TryParseMonth(Month, out var month)
            || !TryParseNumber(Year, maxDigits: 4, out var year)
            || Year!.Trim().Length != 4
            || year < 1
            || month is < 1 or > 12
            || day < 1
            || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    public DateOnly? ToDateOnly() => TryGetDate(out var date) ? date : null;

    private static bool TryParseNumber(string? text, int maxDigits, out int value)
    {
        value = 0;
        var trimmed = text?.Trim();
        return !string.IsNullOrEmpty(trimmed)
            && trimmed.Length <= maxDigits
            && trimmed.All(char.IsAsciiDigit)
            && int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    private static bool TryParseMonth(string? text, out int month)
    {
        if (TryParseNumber(text, maxDigits: 2, out month))
        {
            return true;
        }

        // "feb", "Sept", "February": at least three letters of the English month name.
        var name = text?.Trim() ?? string.Empty;
        for (month = 1; name.Length >= 3 && month <= 12; month++)
        {
            if (CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month).StartsWith(name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        month = 0;
        return false;
    }
}
