using FluentValidation;

namespace LeedsCommissioning.Web.Features.Clarifications;

public sealed class AnswerValidator : AbstractValidator<AnswerViewModel>
{
    public AnswerValidator()
    {
        RuleFor(m => m.Question).NotEmpty().WithMessage("Enter the question as it will be published")
            .MaximumLength(2000).WithMessage("Question must be 2,000 characters or fewer");
        RuleFor(m => m.Answer).NotEmpty().WithMessage("Enter the answer")
            .MaximumLength(4000).WithMessage("Answer must be 4,000 characters or fewer");
    }
}
