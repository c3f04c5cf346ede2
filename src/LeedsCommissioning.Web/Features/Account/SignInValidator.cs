using System.ComponentModel.DataAnnotations;
using FluentValidation;

namespace LeedsCommissioning.Web.Features.Account;

public sealed class SignInValidator : AbstractValidator<SignInViewModel>
{
    public SignInValidator()
    {
        RuleFor(m => m.Email).NotEmpty().WithMessage("Enter your email address")
            .EmailAddress().WithMessage("Enter an email address in the correct format, like name@example.org");
        RuleFor(m => m.Password).NotEmpty().WithMessage("Enter your password");
    }
}
