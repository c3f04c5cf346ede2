using System.ComponentModel.DataAnnotations;
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
