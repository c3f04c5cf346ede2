using FluentValidation;

namespace LeedsCommissioning.Web.Features.Waivers;

public sealed class DecideValidator : AbstractValidator<DecideViewModel>
{
    public DecideValidator()
    {
        RuleFor(m => m.Outcome).NotEmpty().WithMessage("Select whether you approve or refuse the waiver")
            .Must(o => o is null or "approve" or "refuse").WithMessage("Select whether you approve or refuse the waiver");
        RuleFor(m => m.Reasons).NotEmpty().WithMessage("Enter the reasons for your decision")
            .MaximumLength(4000).WithMessage("Reasons must be 4,000 characters or fewer");
        When(m => m.Outcome == "approve" && m.CreateContract == true, () =>
        {
            RuleFor(m => m.ServiceArea).NotNull().WithMessage("Select the service area of the contract");
            RuleFor(m => m.ContractStart).Must(d => d.TryGetDate(out _)).WithMessage("Enter the contract start date as a real date, like 1 4 2027");
        });
    }
}
