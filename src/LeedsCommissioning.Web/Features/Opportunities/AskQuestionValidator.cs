using FluentValidation;

namespace LeedsCommissioning.Web.Features.Opportunities;

public sealed class AskQuestionValidator : AbstractValidator<AskQuestionViewModel>
{
    public AskQuestionValidator()
    {
        RuleFor(m => m.Text).NotEmpty().WithMessage("Enter your question")
            .MaximumLength(2000).WithMessage("Your question must be 2,000 characters or fewer");
    }
}
