using System.ComponentModel.DataAnnotations;

namespace LeedsCommissioning.Web.Features.Opportunities;

public sealed class AskQuestionViewModel
{
    public int OpportunityId { get; set; }

    public string OpportunityTitle { get; set; } = "";

    [Display(Name = "Your question")]
    public string? Text { get; set; }
}
