using System.ComponentModel.DataAnnotations;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Web.Features.Opportunities;

namespace LeedsCommissioning.Web.Features.Bids;

/// <summary>A provider's bid for one lot: what they type, plus what the page shows around it.</summary>
public sealed class BidFormViewModel
{
    public int OpportunityId { get; set; }

    public int LotId { get; set; }

    /// <summary>The organisation's outcome letter for this bid, once the award is decided (issue 13).</summary>
    public int? OutcomeLetterId { get; set; }

    public string OpportunityTitle { get; set; } = "";

    public string LotTitle { get; set; } = "";

    public decimal LotAnnualValue { get; set; }

    public DateTime BidDeadlineUtc { get; set; }

    public bool Open { get; set; }

    public bool ConsortiaAllowed { get; set; }

    public BidStatus? Status { get; set; }

    /// <summary>The bid's version when the form was opened: two people of one provider saving the same bid do not overwrite each other.</summary>
    public int Version { get; set; }

    public DateTime? SubmittedAtUtc { get; set; }

    public DateTime? LastSavedAtUtc { get; set; }

    public string? ReceiptReference { get; set; }

    public IReadOnlyList<QualityQuestionRow> Questions { get; set; } = [];

    public IReadOnlyList<CriterionRow> Criteria { get; set; } = [];

    public IReadOnlyList<(int Id, string FileName, long Length)> Attachments { get; set; } = [];

    public List<string?> Prices { get; set; } = [];

    public List<string?> Answers { get; set; } = [];

    public List<string?> Commitments { get; set; } = [];

    [Display(Name = "Consortium members (optional)")]
    public string? ConsortiumMembers { get; set; }

    [Display(Name = "Upload a file")]
    public IFormFile? Attachment { get; set; }

    /// <summary>"save" or "submit".</summary>
    public string? Command { get; set; }

    public bool CanChange => Open && Status != BidStatus.Withdrawn;
}
