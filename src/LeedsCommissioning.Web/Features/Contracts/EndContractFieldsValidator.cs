using FluentValidation;
using LeedsCommissioning.Domain.Contracts;

namespace LeedsCommissioning.Web.Features.Contracts;

public sealed class EndContractFieldsValidator : AbstractValidator<EndContractFields>
{
    public EndContractFieldsValidator()
    {
        RuleFor(m => m.Outcome).NotNull().WithMessage("Select how the contract is ending")
            .Must(o => o is null || ContractLifecycle.IsEnding(o.Value)).WithMessage("Select how the contract is ending");
        RuleFor(m => m.EffectiveDate).Custom((date, context) =>
        {
            if (date.IsEmpty)
            {
                context.AddFailure(context.PropertyPath, "Enter the date the contract ends");
            }
            else if (!date.TryGetDate(out _))
            {
                context.AddFailure(context.PropertyPath, "The date the contract ends must be a real date, like 31 3 2027");
            }
        });
    }
}
