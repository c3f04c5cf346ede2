using FluentValidation;

namespace LeedsCommissioning.Web.Features.Procurement;

public sealed class CancelValidator : AbstractValidator<CancelViewModel>
{
    public CancelValidator()
    {
        RuleFor(m => m.Reason).NotEmpty().WithMessage("Enter why the opportunity is being cancelled")
            .MaximumLength(4000).WithMessage("Reason must be 4,000 characters or fewer");
    }
}
