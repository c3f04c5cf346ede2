using System.ComponentModel.DataAnnotations;
using LeedsCommissioning.Web.Features.Opportunities;

namespace LeedsCommissioning.Web.Features.Evaluation;

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

    /// <summary>"WrittenAnswer" or "Presentation" (<see cref="LeedsCommissioning.Domain.Opportunities.QuestionKind"/>).</summary>
    [Display(Name = "How do bidders answer it?")]
    public string? Kind { get; set; } = nameof(Domain.Opportunities.QuestionKind.WrittenAnswer);

    [Display(Name = "Word limit for answers")]
    public string? WordLimit { get; set; } = "500";

    [Display(Name = "Who scores it (optional)")]
    public string? Scorers { get; set; }

    public bool IsNew => QuestionId is null;

    public bool IsPresentation => Kind == nameof(Domain.Opportunities.QuestionKind.Presentation);

    /// <summary>The kind chosen, written answer when none is.</summary>
    public Domain.Opportunities.QuestionKind ChosenKind => IsPresentation ? Domain.Opportunities.QuestionKind.Presentation : Domain.Opportunities.QuestionKind.WrittenAnswer;

    public static IReadOnlyList<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> Kinds { get; } =
    [
        new("A written answer in the bid", nameof(Domain.Opportunities.QuestionKind.WrittenAnswer)),
        new("A presentation or interview, scored by its own panel (no written answer)", nameof(Domain.Opportunities.QuestionKind.Presentation)),
    ];
}
