using System.ComponentModel.DataAnnotations;

namespace LeedsCommissioning.Web.Features.Clarifications;

public sealed class AnswerViewModel
{
    public int OpportunityId { get; set; }

    public int QuestionId { get; set; }

    public string OpportunityTitle { get; set; } = "";

    public string AskedBy { get; set; } = "";

    [Display(Name = "Question as it will be published")]
    public string? Question { get; set; }

    [Display(Name = "Answer")]
    public string? Answer { get; set; }
}
