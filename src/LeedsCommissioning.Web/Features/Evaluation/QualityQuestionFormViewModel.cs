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

    [Display(Name = "Word limit for answers")]
    public string? WordLimit { get; set; } = "500";

    [Display(Name = "Who scores it (optional)")]
    public string? Scorers { get; set; }

    public bool IsNew => QuestionId is null;
}
