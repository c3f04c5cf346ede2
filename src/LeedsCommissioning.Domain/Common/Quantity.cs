using System.Globalization;

namespace LeedsCommissioning.Domain.Common;

/// <summary>
/// A social value commitment or any other quantity with a free-text unit, as the screens write it: a unit of
/// "pounds" is money ("£6,000", domain.md section 2, "Money is pounds and pence"); any other unit follows the
/// figure with thousands separators ("1,200 hours").
/// </summary>
public static class Quantity
{
    /// <summary>True when the unit is money (pounds), so a form asks for it with a "£" prefix.</summary>
    public static bool IsMoney(string? unit) =>
        string.Equals(unit?.Trim(), "pounds", StringComparison.OrdinalIgnoreCase);

    /// <summary>"£6,000", "1,200 hours", "2.5 days", or "None" when nothing was given.</summary>
    public static string Text(decimal? amount, string? unit)
    {
        if (amount is not { } value)
        {
            return "None";
        }

        if (IsMoney(unit))
        {
            return Money.Text(value);
        }

        var figure = value.ToString(decimal.Truncate(value) == value ? "#,##0" : "#,##0.##", CultureInfo.InvariantCulture);
        return string.IsNullOrWhiteSpace(unit) ? figure : $"{figure} {unit.Trim()}";
    }
}
