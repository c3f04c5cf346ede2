using System.Globalization;
using LeedsCommissioning.Domain.Common;

namespace LeedsCommissioning.Domain.Contracts;

/// <summary>
/// The funding rule (domain.md section 2, "A contract can have several funders, each with a share in pounds";
/// issue 4, "funding contributions add up to the annual value"): the contributions add up to the annual value to
/// the penny. One wording for the refusal, used by the entity and the forms, that says what the shares add up to
/// and what they must add up to (issue 19).
/// </summary>
public static class FundingRule
{
    public static bool Balances(decimal total, decimal annualValue) => total == annualValue;

    /// <summary>"The funding adds up to £450,000 (90%); it must add up to £500,000 (100%)".</summary>
    public static string Message(decimal total, decimal annualValue) =>
        $"The funding adds up to {Money.Text(total)}{Percent(total, annualValue)}; it must add up to {Money.Text(annualValue)} (100%)";

    /// <summary>
    /// " (90%)", " (33.33%)"; nothing when the annual value is £0 (no percentage of nothing). Rounded away from
    /// 100, so a total a penny short never reads as "(100%)".
    /// </summary>
    private static string Percent(decimal total, decimal annualValue)
    {
        if (annualValue == 0)
        {
            return "";
        }

        var percent = decimal.Round(total / annualValue * 100m, 2,
            total < annualValue ? MidpointRounding.ToZero : MidpointRounding.ToPositiveInfinity);
        return $" ({percent.ToString("0.##", CultureInfo.InvariantCulture)}%)";
    }
}
