using FluentValidation;
namespace LeedsCommissioning.Web.Features.Account;

internal static class PasswordRules
{
    public const int MinimumLength = 12;

    /// <summary>NCSC advice: a long password (three random words), no composition rules.</summary>
    public static IRuleBuilderOptions<T, string?> NewPassword<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().WithMessage("Enter a new password")
            .MinimumLength(MinimumLength).WithMessage($"Password must be {MinimumLength} characters or more")
            .MaximumLength(128).WithMessage("Password must be 128 characters or fewer");
}
