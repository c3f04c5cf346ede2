using FluentValidation;

namespace LeedsCommissioning.Web.Features.Account;

public sealed class ChangePasswordValidator : AbstractValidator<ChangePasswordViewModel>
{
    public ChangePasswordValidator()
    {
        RuleFor(m => m.CurrentPassword).NotEmpty().WithMessage("Enter your current password");
        RuleFor(m => m.NewPassword).NewPassword();
        RuleFor(m => m.ConfirmPassword).NotEmpty().WithMessage("Confirm your new password")
            .Equal(m => m.NewPassword).WithMessage("The passwords do not match")
            .When(m => !string.IsNullOrEmpty(m.NewPassword));
    }
}
