using FluentValidation;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Domain.Reference;
using LeedsCommissioning.Web.Features.Opportunities;
using LeedsCommissioning.Web.Infrastructure;

namespace LeedsCommissioning.Web.Features.Lots;

public sealed class LotFormValidator : AbstractValidator<LotFormViewModel>
{
    public LotFormValidator()
    {
        RuleFor(m => m.Title).NotEmpty().WithMessage("Enter the lot's title")
            .MaximumLength(200).WithMessage("Lot title must be 200 characters or fewer");
        RuleFor(m => m.Description).MaximumLength(4000).WithMessage("Description must be 4,000 characters or fewer");
        RuleFor(m => m.AnnualValue).NotEmpty().WithMessage("Enter the lot's estimated annual value")
            .Money("Estimated annual value");
        RuleForEach(m => m.Localities).Must(l => Enum.TryParse<Locality>(l, out _)).WithMessage("Select localities from the list");
    }
}
