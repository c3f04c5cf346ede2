using System.ComponentModel.DataAnnotations;
using FluentValidation;
using LeedsCommissioning.Domain.Security;

namespace LeedsCommissioning.Web.Features.Users;

public sealed class UserFormValidator : AbstractValidator<UserFormViewModel>
{
    public UserFormValidator()
    {
        RuleFor(m => m.Name).NotEmpty().WithMessage("Enter the person's full name")
            .MaximumLength(200).WithMessage("Full name must be 200 characters or fewer");
        RuleFor(m => m.Email).NotEmpty().WithMessage("Enter the person's email address")
            .EmailAddress().WithMessage("Enter an email address in the correct format, like name@example.org")
            .MaximumLength(256).WithMessage("Email address must be 256 characters or fewer");
        RuleFor(m => m.JobTitle).MaximumLength(200).WithMessage("Job title must be 200 characters or fewer");
        RuleFor(m => m.Role).NotEmpty().WithMessage("Select a role")
            .Must(r => r is null || Roles.IsKnown(r)).WithMessage("Select a role from the list");
        RuleFor(m => m.ProviderId).NotNull().WithMessage("Select the provider organisation this person belongs to")
            .When(m => m.Role == Roles.ProviderUser);
        RuleFor(m => m.ProviderId).Null().WithMessage("Only provider users belong to a provider organisation")
            .When(m => m.Role != Roles.ProviderUser);
    }
}
