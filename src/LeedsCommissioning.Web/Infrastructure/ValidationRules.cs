using FluentValidation;
using LeedsCommissioning.Domain.Common;

namespace LeedsCommissioning.Web.Infrastructure;

/// <summary>Shape checks every form shares, worded once (GOV.UK error message guidance).</summary>
public static class ValidationRules
{
    /// <summary>
    /// An amount of money read by <see cref="MoneyText"/>: when something is typed, it must be pounds and pence,
    /// £0 or more (more than £0 with <paramref name="moreThanZero"/>), at most 2 decimal places. A blank box is
    /// left to the rule that says whether the field is required.
    /// </summary>
    public static IRuleBuilderOptionsConditions<T, string?> Money<T>(this IRuleBuilder<T, string?> rule, string label, bool moreThanZero = false) =>
        rule.Custom((text, context) =>
        {
            if (!MoneyText.IsBlank(text) && MoneyText.Check(text, label, moreThanZero) is { } message)
            {
                context.AddFailure(message);
            }
        });
}
