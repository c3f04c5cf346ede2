namespace LeedsCommissioning.Domain.Common;

/// <summary>
/// Money is pounds and pence (domain.md section 2, "Money is pounds and pence"): never negative,
/// at most two decimal places. One place for the rule so every amount is checked the same way.
/// </summary>
public static class Money
{
    /// <param name="amount">The amount in pounds.</param>
    /// <param name="field">The form property the error belongs to.</param>
    /// <param name="label">What the user calls it, starting with a capital, e.g. "Annual value".</param>
    public static decimal Ensure(decimal amount, string field, string label)
    {
        if (amount < 0)
        {
            throw new DomainException($"{label} must be £0 or more", field);
        }

        if (decimal.Round(amount, 2) != amount)
        {
            throw new DomainException($"{label} must be in pounds and pence, with no more than 2 decimal places", field);
        }

        return amount;
    }

    /// <summary>An amount as the screens write it (GOV.UK style): "£75,000", and "£75,000.50" only when there are pence.</summary>
    public static string Text(decimal amount) =>
        "£" + amount.ToString(decimal.Truncate(amount) == amount ? "#,##0" : "#,##0.00", System.Globalization.CultureInfo.InvariantCulture);
}
