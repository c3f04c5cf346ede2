using FluentValidation;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Web.Features.Opportunities;

namespace LeedsCommissioning.Web.Features.Evaluation;

public sealed class EvaluationValidator : AbstractValidator<EvaluationViewModel>
{
    public EvaluationValidator()
    {
        Weight(m => m.PriceWeight, "price");
        Weight(m => m.QualityWeight, "quality");
        Weight(m => m.SocialValueWeight, "social value");
    }

    private void Weight(System.Linq.Expressions.Expression<Func<EvaluationViewModel, string?>> field, string name) =>
        RuleFor(field).NotEmpty().WithMessage($"Enter the {name} weight")
            .Must(v => NumberText.WholeNumber(v) is >= 0 and <= 100).WithMessage($"The {name} weight must be a whole number from 0 to 100")
            .When(m => !string.IsNullOrWhiteSpace(field.Compile()(m)), ApplyConditionTo.CurrentValidator);
}
