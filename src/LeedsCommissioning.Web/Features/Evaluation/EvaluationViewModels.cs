using System.ComponentModel.DataAnnotations;
using FluentValidation;
using LeedsCommissioning.Web.Features.Opportunities;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace LeedsCommissioning.Web.Features.Evaluation;

public sealed class EvaluationViewModel : IOpportunityForm
{
    /// <summary>The opportunity's version when the page was opened (see <see cref="LeedsCommissioning.Web.Features.Opportunities.OpportunityEdits"/>).</summary>
    public int Version { get; set; }

    public int OpportunityId { get; set; }

    public string OpportunityTitle { get; set; } = "";

    public bool Editable { get; set; }

    [Display(Name = "Price")]
    public string? PriceWeight { get; set; }

    [Display(Name = "Quality")]
    public string? QualityWeight { get; set; }

    [Display(Name = "Social value")]
    public string? SocialValueWeight { get; set; }

    [Display(Name = "Social value criteria")]
    public List<string> CriterionIds { get; set; } = [];

    public IReadOnlyList<SelectListItem> CriterionOptions { get; set; } = [];

    public IReadOnlyList<QualityQuestionRow> Questions { get; set; } = [];

    public int QuestionWeightTotal => Questions.Sum(q => q.Weight);
}

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
            .Must(v => FormValues.WholeNumber(v) is >= 0 and <= 100).WithMessage($"The {name} weight must be a whole number from 0 to 100")
            .When(m => !string.IsNullOrWhiteSpace(field.Compile()(m)), ApplyConditionTo.CurrentValidator);
}

public sealed class QualityQuestionFormViewModel : IOpportunityForm
{
    /// <summary>The opportunity's version when the page was opened (see <see cref="LeedsCommissioning.Web.Features.Opportunities.OpportunityEdits"/>).</summary>
    public int Version { get; set; }

    public int OpportunityId { get; set; }

    public int? QuestionId { get; set; }

    public string OpportunityTitle { get; set; } = "";

    [Display(Name = "Question")]
    public string? Text { get; set; }

    [Display(Name = "Weight")]
    public string? Weight { get; set; }

    [Display(Name = "Word limit for answers")]
    public string? WordLimit { get; set; } = "500";

    [Display(Name = "Who scores it (optional)")]
    public string? Scorers { get; set; }

    public bool IsNew => QuestionId is null;
}

public sealed class QualityQuestionFormValidator : AbstractValidator<QualityQuestionFormViewModel>
{
    public QualityQuestionFormValidator()
    {
        RuleFor(m => m.Text).NotEmpty().WithMessage("Enter the question")
            .MaximumLength(1000).WithMessage("Question must be 1,000 characters or fewer");
        RuleFor(m => m.Weight).NotEmpty().WithMessage("Enter the question's weight")
            .Must(FormValues.IsWholeNumber).WithMessage("Weight must be a whole number, like 20")
            .When(m => !string.IsNullOrWhiteSpace(m.Weight), ApplyConditionTo.CurrentValidator);
        RuleFor(m => m.WordLimit).NotEmpty().WithMessage("Enter the word limit")
            .Must(FormValues.IsWholeNumber).WithMessage("Word limit must be a whole number, like 500")
            .When(m => !string.IsNullOrWhiteSpace(m.WordLimit), ApplyConditionTo.CurrentValidator);
        RuleFor(m => m.Scorers).MaximumLength(300).WithMessage("Who scores it must be 300 characters or fewer");
    }
}
