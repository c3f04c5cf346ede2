using FluentValidation;
using LeedsCommissioning.Domain.Common;

namespace LeedsCommissioning.Web.Features.Bids;

/// <summary>
/// The shape of a bid as typed: every price an amount of money, every social value commitment a number. All
/// fields are checked in one pass and each error is linked to its box; whether the bid is complete enough to
/// submit, and within its word limits, is the bid's own rule (<see cref="Domain.Opportunities.Bid"/>).
/// </summary>
public sealed class BidFormValidator : AbstractValidator<BidFormViewModel>
{
    public BidFormValidator() =>
        RuleFor(m => m).Custom((model, context) =>
        {
            for (var i = 0; i < model.Prices.Count; i++)
            {
                if (!MoneyText.IsBlank(model.Prices[i]) && MoneyText.Check(model.Prices[i], $"Price for year {i + 1}") is { } error)
                {
                    context.AddFailure($"Prices[{i}]", error);
                }
            }

            for (var i = 0; i < model.Commitments.Count; i++)
            {
                if (!string.IsNullOrWhiteSpace(model.Commitments[i]) && NumberText.Figure(model.Commitments[i]) is null)
                {
                    context.AddFailure($"Commitments[{i}]", "Enter the commitment as a number, like 20");
                }
            }
        });
}
