using FluentValidation;
using LeedsCommissioning.Domain.Evaluation;

namespace LeedsCommissioning.Web.Features.Panels;

public sealed class PanelFormValidator : AbstractValidator<PanelFormViewModel>
{
    public PanelFormValidator()
    {
        When(m => m.IsNew, () =>
        {
            RuleFor(m => m.Name).NotEmpty().WithMessage("Enter the panel's name")
                .MaximumLength(200).WithMessage("Panel name must be 200 characters or fewer");
            RuleFor(m => m.LotId).NotEmpty().WithMessage("Select the lot the panel scores");
            RuleFor(m => m.Scope).NotEmpty().WithMessage("Select what the panel scores");
        });
        RuleFor(m => m.MemberUserIds).Must(ids => ids.Distinct().Count() >= EvaluationPanel.MinimumMembers)
            .WithMessage($"Select at least {EvaluationPanel.MinimumMembers} panel members");
        RuleFor(m => m.ChairUserId).NotEmpty().WithMessage("Select who chairs the panel");
    }
}
