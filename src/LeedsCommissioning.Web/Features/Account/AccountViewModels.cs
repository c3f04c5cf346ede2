using System.ComponentModel.DataAnnotations;
using FluentValidation;

namespace LeedsCommissioning.Web.Features.Account;

public sealed class SignInViewModel
{
    [Display(Name = "Email address")]
    public string? Email { get; set; }

    [Display(Name = "Password")]
    public string? Password { get; set; }

    public string? ReturnUrl { get; set; }
}

public sealed class SignInValidator : AbstractValidator<SignInViewModel>
{
    public SignInValidator()
    {
        RuleFor(m => m.Email).NotEmpty().WithMessage("Enter your email address")
            .EmailAddress().WithMessage("Enter an email address in the correct format, like name@example.org");
        RuleFor(m => m.Password).NotEmpty().WithMessage("Enter your password");
    }
}

public sealed class ForgotPasswordViewModel
{
    [Display(Name = "Email address")]
    public string? Email { get; set; }
}

public sealed class ForgotPasswordValidator : AbstractValidator<ForgotPasswordViewModel>
{
    public ForgotPasswordValidator()
    {
        RuleFor(m => m.Email).NotEmpty().WithMessage("Enter your email address")
            .EmailAddress().WithMessage("Enter an email address in the correct format, like name@example.org");
    }
}

public sealed class ResetPasswordViewModel
{
    public string? Email { get; set; }

    public string? Token { get; set; }

    [Display(Name = "New password")]
    public string? NewPassword { get; set; }

    [Display(Name = "Confirm new password")]
    public string? ConfirmPassword { get; set; }
}

public sealed class ResetPasswordValidator : AbstractValidator<ResetPasswordViewModel>
{
    public ResetPasswordValidator()
    {
        RuleFor(m => m.NewPassword).NewPassword();
        RuleFor(m => m.ConfirmPassword).NotEmpty().WithMessage("Confirm your new password")
            .Equal(m => m.NewPassword).WithMessage("The passwords do not match")
            .When(m => !string.IsNullOrEmpty(m.NewPassword));
    }
}

public sealed class ChangePasswordViewModel
{
    [Display(Name = "Current password")]
    public string? CurrentPassword { get; set; }

    [Display(Name = "New password")]
    public string? NewPassword { get; set; }

    [Display(Name = "Confirm new password")]
    public string? ConfirmPassword { get; set; }
}

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

internal static class PasswordRules
{
    public const int MinimumLength = 12;

    /// <summary>NCSC advice: a long password (three random words), no composition rules.</summary>
    public static IRuleBuilderOptions<T, string?> NewPassword<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().WithMessage("Enter a new password")
            .MinimumLength(MinimumLength).WithMessage($"Password must be {MinimumLength} characters or more")
            .MaximumLength(128).WithMessage("Password must be 128 characters or fewer");
}
