using FluentValidation;

namespace LeedsCommissioning.Web.Features.Procurement;

public sealed class ReturnValidator : AbstractValidator<ReturnViewModel>
{
    public ReturnValidator()
    {
        RuleFor(m => m.Reason).NotEmpty().WithMessage("Enter why you are returning the opportunity")
            .MaximumLength(2000).WithMessage("Reason must be 2,000 characters or fewer");
    }
}
