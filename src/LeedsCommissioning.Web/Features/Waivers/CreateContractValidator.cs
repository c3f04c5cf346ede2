using FluentValidation;

namespace LeedsCommissioning.Web.Features.Waivers;

public sealed class CreateContractValidator : AbstractValidator<CreateContractViewModel>
{
    public CreateContractValidator()
    {
        RuleFor(m => m.ServiceArea).NotNull().WithMessage("Select the service area of the contract");
        RuleFor(m => m.ContractStart).Must(d => d.TryGetDate(out _)).WithMessage("Enter the contract start date as a real date, like 1 4 2027");
    }
}
