using System.Globalization;
using System.Text.RegularExpressions;

namespace LeedsCommissioning.Domain.Common;

/// <summary>
/// The one reader of an amount of money as a person types it in a form or a spreadsheet: "1250000",
/// "1,250,000.50", "£1,250,000" or " 1 250 000 " (spaces are thousands separators). Money is pounds and
/// pence, never negative (domain.md section 2, "Money is pounds and pence"): <see cref="Check"/> gives the
/// GOV.UK-worded message for each way an amount can be wrong, and <see cref="Parse"/> gives the amount only
/// when there is nothing wrong with it.
/// </summary>
public static partial class MoneyText
{
    public static bool IsBlank(string? text) => string.IsNullOrWhiteSpace(text);

    /// <summary>True when <paramref name="text"/> is written as a number of pounds (it may still be negative or have too many decimal places).</summary>
    public static bool TryRead(string? text, out decimal amount)
    {
        amount = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var match = Amount().Match(string.Concat(text.Where(c => !char.IsWhiteSpace(c))));
        if (!match.Success)
        {
            return false;
        }

        var digits = match.Groups["pounds"].Value.Replace(",", "", StringComparison.Ordinal) + match.Groups["pence"].Value;
        if (!decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount))
        {
            return false;
        }

        amount = match.Groups["minus"].Success ? -amount : amount;
        return true;
    }

    /// <summary>The amount when <paramref name="text"/> is a valid amount of money (£0 or more, at most 2 decimal places); otherwise null.</summary>
    public static decimal? Parse(string? text) =>
        TryRead(text, out var amount) && amount >= 0 && decimal.Round(amount, 2) == amount ? amount : null;

    public static bool IsMoney(string? text) => Parse(text) is not null;

    /// <summary>Null when <paramref name="text"/> is a valid amount; otherwise what is wrong with it, naming <paramref name="label"/>.</summary>
    /// <param name="text">What was typed.</param>
    /// <param name="label">What the user calls the amount, starting with a capital, e.g. "Annual value".</param>
    /// <param name="moreThanZero">True where the amount must be more than £0 (a waiver's value, a bid's price).</param>
    public static string? Check(string? text, string label, bool moreThanZero = false)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return $"Enter {Lower(label)}";
        }

        if (!TryRead(text, out var amount))
        {
            return $"{label} must be an amount of money in pounds, like 1250000 or 1,250,000.50";
        }

        if (moreThanZero && amount <= 0)
        {
            return $"{label} must be more than £0";
        }

        if (amount < 0)
        {
            return $"{label} must be £0 or more";
        }

        return decimal.Round(amount, 2) != amount ? $"{label} must be in pounds and pence, with no more than 2 decimal places" : null;
    }

    /// <summary>The label as the object of a sentence: "Annual value" becomes "the annual value".</summary>
    private static string Lower(string label) => "the " + char.ToLowerInvariant(label[0]) + label[1..];

    [GeneratedRegex(@"^(?<minus>-)?£?(?<pounds>\d{1,3}(,\d{3})+|\d+)(?<pence>\.\d+)?$|^£(?<minus>-)(?<pounds>\d{1,3}(,\d{3})+|\d+)(?<pence>\.\d+)?$")]
    private static partial Regex Amount();
}
