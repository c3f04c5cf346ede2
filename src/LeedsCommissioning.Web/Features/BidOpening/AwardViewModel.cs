using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace LeedsCommissioning.Web.Features.BidOpening;

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
