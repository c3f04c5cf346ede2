using System.ComponentModel.DataAnnotations;
using FluentValidation;
using LeedsCommissioning.Web.Features.Opportunities;
using LeedsCommissioning.Web.TagHelpers.GovUk;

namespace LeedsCommissioning.Web.Features.Clarifications;

public sealed record StaffQuestionRow(int Id, string Text, string AskedBy, DateTime AskedAtUtc, string? Answer, DateTime? AnsweredAtUtc);

public sealed class ClarificationsViewModel
{
    public int OpportunityId { get; set; }

    public string OpportunityTitle { get; set; } = "";

    public bool Open { get; set; }

    public DateTime? BidDeadlineUtc { get; set; }

    public IReadOnlyList<NoticeRow> Notices { get; set; } = [];

    public IReadOnlyList<StaffQuestionRow> Questions { get; set; } = [];

    [Display(Name = "Clarification")]
    public string? Text { get; set; }

    [Display(Name = "New deadline for bids")]
    public DateInputModel NewDeadline { get; set; } = new();

    [Display(Name = "Time bids close")]
    public string? NewDeadlineTime { get; set; } = "12:00";

    [Display(Name = "Why is the deadline moving?")]
    public string? Reason { get; set; }
}

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
