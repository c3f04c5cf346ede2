using FluentValidation;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Web.Features.Opportunities;

namespace LeedsCommissioning.Web.Features.Evaluation;

public sealed class QualityQuestionFormValidator : AbstractValidator<QualityQuestionFormViewModel>
{
    public QualityQuestionFormValidator()
    {
        RuleFor(m => m.Text).NotEmpty().WithMessage("Enter the question")
            .MaximumLength(1000).WithMessage("Question must be 1,000 characters or fewer");
        RuleFor(m => m.Weight).NotEmpty().WithMessage("Enter the question's weight")
            .Must(NumberText.IsWholeNumber).WithMessage("Weight must be a whole number, like 20")
            .When(m => !string.IsNullOrWhiteSpace(m.Weight), ApplyConditionTo.CurrentValidator);
        RuleFor(m => m.Kind).Must(k => k is "WrittenAnswer" or "Presentation").WithMessage("Select how bidders answer the question");
        When(m => m.Kind == "WrittenAnswer", () =>
            RuleFor(m => m.WordLimit).NotEmpty().WithMessage("Enter the word limit")
                .Must(NumberText.IsWholeNumber).WithMessage("Word limit must be a whole number, like 500")
                .When(m => !string.IsNullOrWhiteSpace(m.WordLimit), ApplyConditionTo.CurrentValidator));
        RuleFor(m => m.Scorers).MaximumLength(300).WithMessage("Who scores it must be 300 characters or fewer");
    }
}
