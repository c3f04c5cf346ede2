using FluentValidation;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Web.Infrastructure;

namespace LeedsCommissioning.Web.Features.Contracts;

/// <summary>The annual value, each funder's row and their total (<see cref="Domain.Contracts.FundingRule"/>), the effective date and the reason, in one pass.</summary>
public sealed class ChangeValueValidator : AbstractValidator<ChangeValueViewModel>
{
    public ChangeValueValidator()
    {
        RuleFor(m => m.AnnualValue).Custom((text, context) =>
        {
            if (MoneyText.Check(text, "New annual value") is { } message)
            {
                context.AddFailure(context.PropertyPath, message);
            }
        });
        RuleFor(m => m).Custom((m, context) => ContractFormValidator.CheckFunding(m.Funding, m.AnnualValue, m.Status, context.AddFailure));
        Include(new RecordedChangeValidator());
    }
}
