using System.ComponentModel.DataAnnotations;
using LeedsCommissioning.Web.Features.Opportunities;
using LeedsCommissioning.Web.TagHelpers.GovUk;

namespace LeedsCommissioning.Web.Features.Clarifications;

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
