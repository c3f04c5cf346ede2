using System.ComponentModel.DataAnnotations;
using LeedsCommissioning.Domain.Awards;
using LeedsCommissioning.Domain.Evaluation;
using LeedsCommissioning.Web.TagHelpers.GovUk;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace LeedsCommissioning.Web.Features.Award;

/// <summary>The award page: per lot, the ranking summary, the current recommendation and its decision, the standstill and the contract.</summary>
public sealed class AwardIndexViewModel
{
    public int OpportunityId { get; init; }

    public string OpportunityTitle { get; init; } = "";

    public bool IsInEvaluation { get; init; }

    public bool IsAwarded { get; init; }

    public bool CanRecommend { get; init; }

    public bool CanDecide { get; init; }

    public IReadOnlyList<LotAwardSummary> Lots { get; init; } = [];

    public IReadOnlyList<ContractLink> Contracts { get; init; } = [];
}

public sealed record ContractLink(int Id, string Reference, string Title);

/// <summary>One lot on the award page.</summary>
public sealed record LotAwardSummary(
    int LotId, int Number, string Title, LotRanking Ranking, LotAward? Current, IReadOnlyList<LotAward> SentBack, string? ContractReference, DateOnly Today)
{
    public RankedBid? First => Ranking.Rows.Count > 0 ? Ranking.Rows[0] : null;
}

public sealed class RecommendViewModel
{
    public int OpportunityId { get; set; }

    public string OpportunityTitle { get; set; } = "";

    public int LotNumber { get; set; }

    public string LotTitle { get; set; } = "";

    public LotRanking? Ranking { get; set; }

    /// <summary>The bid recommended, or "none" to recommend not awarding the lot.</summary>
    [Display(Name = "Which bid do you recommend for award?")]
    public string? Choice { get; set; }

    [Display(Name = "Reasons for your recommendation")]
    public string? Reason { get; set; }

    public IReadOnlyList<LotAward> SentBack { get; set; } = [];

    public IEnumerable<SelectListItem> ChoiceItems =>
        (Ranking?.Rows ?? []).Select(r => new SelectListItem(
                $"{r.ProviderName}: ranked {r.Rank}{(r.IsTied ? " (tied)" : "")}, {decimal.Round(r.Total, 2):0.00} out of 100", r.BidId.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Append(new SelectListItem("Do not award this lot", "none"));
}

public sealed class DecideAwardViewModel
{
    public int Version { get; set; }

    [Display(Name = "Your decision")]
    public string? Outcome { get; set; }

    [Display(Name = "Reasons for the decision")]
    public string? Reasons { get; set; }

    public int OpportunityId { get; set; }

    public string OpportunityTitle { get; set; } = "";

    public int LotNumber { get; set; }

    public string LotTitle { get; set; } = "";

    public LotAward? Award { get; set; }

    public LotRanking? Ranking { get; set; }

    public static IEnumerable<SelectListItem> OutcomeItems =>
    [
        new("Approve the recommendation", "approve"),
        new("Send it back to the procurement officer", "send-back"),
    ];
}

/// <summary>The UK6 contract award notice content, prepared from the records, and the form to record its publication date.</summary>
public sealed class ContractAwardNoticeViewModel
{
    public int Version { get; set; }

    [Display(Name = "When was the contract award notice published?")]
    public DateInputModel PublishedOn { get; set; } = new();

    public int OpportunityId { get; set; }

    public int LotId { get; set; }

    public string OpportunityTitle { get; set; } = "";

    public LotAward? Award { get; set; }

    /// <summary>The UK6 notice prepared from the records (docs/patterns.md "Notices").</summary>
    public LeedsCommissioning.Domain.Notices.NoticeDraft? Notice { get; set; }

    public bool CanRecord { get; set; }
}

public sealed class CreateAwardContractViewModel
{
    public int Version { get; set; }

    [Display(Name = "Contract start date")]
    public DateInputModel StartDate { get; set; } = new();

    public int OpportunityId { get; set; }

    public string OpportunityTitle { get; set; } = "";

    public int LotNumber { get; set; }

    public string LotTitle { get; set; } = "";

    public LotAward? Award { get; set; }

    public IReadOnlyList<string> UnmatchedConsortiumMembers { get; set; } = [];

    /// <summary>The contract's key performance indicators (issue 15), one row each; blank rows are skipped.</summary>
    public List<AwardKpiRow> Kpis { get; set; } = [];

    /// <summary>The dated Procurement Act 2023 requirement for procurements begun when this one was, if any (domain.md section 9).</summary>
    public Domain.Performance.KpiRequirement? KpiRequirement { get; set; }

    /// <summary>The rows the form shows: what was typed, then blank ones up to <see cref="KpiRows"/> (at least one blank when full).</summary>
    public void PadKpis()
    {
        while (Kpis.Count < KpiRows)
        {
            Kpis.Add(new AwardKpiRow());
        }
    }

    public const int KpiRows = 5;
}

/// <summary>One key performance indicator entered at award.</summary>
public sealed class AwardKpiRow
{
    [Display(Name = "Name")]
    public string? Name { get; set; }

    [Display(Name = "How it is measured")]
    public string? Measure { get; set; }

    [Display(Name = "Target")]
    public string? Target { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Measure) && string.IsNullOrWhiteSpace(Target);
}
