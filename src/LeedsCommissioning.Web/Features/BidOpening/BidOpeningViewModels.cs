using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace LeedsCommissioning.Web.Features.BidOpening;

public sealed record OpenedBidRow(int BidId, int LotId, string Provider, DateTime SubmittedAtUtc, string? Receipt, decimal TotalPrice, int ConsortiumMembers);

public sealed class OpenedBidsViewModel
{
    public int OpportunityId { get; set; }

    public string OpportunityTitle { get; set; } = "";

    public DateTime BidDeadlineUtc { get; set; }

    public IReadOnlyList<(int LotId, int Number, string Title)> Lots { get; set; } = [];

    public IReadOnlyList<OpenedBidRow> Bids { get; set; } = [];
}

public sealed record OpenedAnswer(int Number, string Question, int WordLimit, string? Text, int Words);

public sealed record OpenedCommitment(string Criterion, string Unit, decimal? Quantity);

public sealed record OpenedAttachment(int Id, string FileName, long Length);

public sealed class OpenedBidViewModel
{
    public int OpportunityId { get; set; }

    public string OpportunityTitle { get; set; } = "";

    public int BidId { get; set; }

    public string Lot { get; set; } = "";

    public string Provider { get; set; } = "";

    public DateTime SubmittedAtUtc { get; set; }

    public string? Receipt { get; set; }

    public IReadOnlyList<(int Year, decimal Amount)> Prices { get; set; } = [];

    public IReadOnlyList<OpenedAnswer> Answers { get; set; } = [];

    public IReadOnlyList<OpenedCommitment> Commitments { get; set; } = [];

    public IReadOnlyList<string> ConsortiumMembers { get; set; } = [];

    public IReadOnlyList<OpenedAttachment> Attachments { get; set; } = [];
}

public sealed class AwardViewModel
{
    public int OpportunityId { get; set; }

    public string OpportunityTitle { get; set; } = "";

    public List<int> LotIds { get; set; } = [];

    public List<string> LotTitles { get; set; } = [];

    /// <summary>For each lot, in order, the provider awarded (blank when the lot is not awarded).</summary>
    public List<int?> AwardedProviderIds { get; set; } = [];

    public List<IReadOnlyList<SelectListItem>> ProviderOptions { get; set; } = [];

    [Display(Name = "Note (optional)")]
    public string? Note { get; set; }
}
