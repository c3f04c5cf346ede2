using FluentValidation;

namespace LeedsCommissioning.Web.Features.Shared;

/// <summary>The shape of a confirmation's reason: given when <see cref="ConfirmActionViewModel.ReasonRequired"/>, and not too long.</summary>
public sealed class ConfirmActionValidator : AbstractValidator<ConfirmActionViewModel>
{
    public ConfirmActionValidator()
    {
        RuleFor(m => m.Reason).NotEmpty().When(m => m.ReasonRequired).WithMessage(m => m.ReasonMissing);
        RuleFor(m => m.Reason).Must((m, reason) => reason is null || reason.Trim().Length <= m.ReasonMaxLength)
            .WithMessage(m => $"Reason must be {m.ReasonMaxLength:N0} characters or fewer");
    }
}
