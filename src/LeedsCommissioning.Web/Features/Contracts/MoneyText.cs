using System.Globalization;

namespace LeedsCommissioning.Web.Features.Contracts;

/// <summary>
/// Reads an amount of money as a person types it in a form or a spreadsheet: "1250000", "1,250,000.50",
/// "£1,250,000". Money is pounds and pence, never negative (domain.md section 2): <see cref="Check"/>
/// gives the GOV.UK-worded message for each way an amount can be wrong, or null when it is right.
/// </summary>
public static class MoneyText
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public static bool TryParse(string? text, out decimal amount)
    {
        amount = 0;
        var cleaned = text?.Trim().Replace("£", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        if (string.IsNullOrEmpty(cleaned))
        {
            return false;
        }

        return decimal.TryParse(cleaned, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, EnGb, out amount);
    }

    public static decimal? Parse(string? text) => TryParse(text, out var amount) ? amount : null;

    /// <summary>Null when <paramref name="text"/> is a valid amount; otherwise what is wrong with it, naming <paramref name="label"/>.</summary>
    public static string? Check(string? text, string label)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return $"Enter {Lower(label)}";
        }

        if (!TryParse(text, out var amount))
        {
            return $"{label} must be an amount of money in pounds, like 1250000 or 1,250,000.50";
        }

        if (amount < 0)
        {
            return $"{label} must be £0 or more";
        }

        return decimal.Round(amount, 2) != amount ? $"{label} must be in pounds and pence, with no more than 2 decimal places" : null;
    }

    /// <summary>The label as the object of a sentence: "Annual value" becomes "the annual value".</summary>
    private static string Lower(string label) => "the " + char.ToLowerInvariant(label[0]) + label[1..];
}
