using FluentValidation;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Domain.Reference;
using LeedsCommissioning.Web.Features.Opportunities;

namespace LeedsCommissioning.Web.Features.Lots;

public sealed class LotFormValidator : AbstractValidator<LotFormViewModel>
{
    public LotFormValidator()
    {
        RuleFor(m => m.Title).NotEmpty().WithMessage("Enter the lot's title")
            .MaximumLength(200).WithMessage("Lot title must be 200 characters or fewer");
        RuleFor(m => m.Description).MaximumLength(4000).WithMessage("Description must be 4,000 characters or fewer");
        RuleFor(m => m.AnnualValue).NotEmpty().WithMessage("Enter the lot's estimated annual value")
            .Must(FormValues.IsMoney).WithMessage("Estimated annual value must be an amount of money, like 250000")
            .When(m => !string.IsNullOrWhiteSpace(m.AnnualValue), ApplyConditionTo.CurrentValidator);
        RuleForEach(m => m.Localities).Must(l => Enum.TryParse<Locality>(l, out _)).WithMessage("Select localities from the list");
    }
}
