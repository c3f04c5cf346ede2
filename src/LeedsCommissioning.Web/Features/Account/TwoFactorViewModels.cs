using System.ComponentModel.DataAnnotations;
using FluentValidation;
using LeedsCommissioning.Infrastructure.Identity;

namespace LeedsCommissioning.Web.Features.Account;

/// <summary>The second step of signing in: the code from the authenticator app.</summary>
public sealed class SignInCodeViewModel
{
    [Display(Name = "Code from your authenticator app")]
    public string? Code { get; set; }

    public string? ReturnUrl { get; set; }
}

public sealed class SignInCodeValidator : AbstractValidator<SignInCodeViewModel>
{
    public SignInCodeValidator() =>
        RuleFor(m => m.Code).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Enter the 6-digit code your authenticator app shows")
            .Must(c => AuthenticatorCodes.Normalise(c) is not null).WithMessage("The code must be 6 digits, like 123456");
}

/// <summary>The second step of signing in without the app: one of the recovery codes given when it was set up.</summary>
public sealed class SignInRecoveryCodeViewModel
{
    [Display(Name = "Recovery code")]
    public string? RecoveryCode { get; set; }

    public string? ReturnUrl { get; set; }
}

public sealed class SignInRecoveryCodeValidator : AbstractValidator<SignInRecoveryCodeViewModel>
{
    public SignInRecoveryCodeValidator() =>
        RuleFor(m => m.RecoveryCode).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Enter one of your recovery codes")
            .MaximumLength(50).WithMessage("Enter a recovery code exactly as it was given to you");
}

/// <summary>Setting up two-factor authentication: the key to add to an app, and the code that proves it was added.</summary>
public sealed class TwoFactorSetupViewModel
{
    [Display(Name = "Code from your authenticator app")]
    public string? Code { get; set; }

    public string Key { get; set; } = "";

    public string QrCodeDataUri { get; set; } = "";

    /// <summary>An administrator who may not use the portal until this is done.</summary>
    public bool Required { get; set; }

    /// <summary>The key in groups of four, as people copy it into an app.</summary>
    public string KeyForReading => string.Join(' ', Key.Chunk(4).Select(c => new string(c))).ToLowerInvariant();
}

public sealed class TwoFactorSetupValidator : AbstractValidator<TwoFactorSetupViewModel>
{
    public TwoFactorSetupValidator() =>
        RuleFor(m => m.Code).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Enter the 6-digit code your authenticator app shows")
            .Must(c => AuthenticatorCodes.Normalise(c) is not null).WithMessage("The code must be 6 digits, like 123456");
}

/// <summary>Two-factor authentication already on: how many recovery codes are left, and what the person may change.</summary>
public sealed record TwoFactorStatusViewModel(int RecoveryCodesLeft, bool MayTurnOff);
