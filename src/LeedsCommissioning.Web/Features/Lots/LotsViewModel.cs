using System.ComponentModel.DataAnnotations;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Web.Features.Opportunities;

namespace LeedsCommissioning.Web.Features.Lots;

public sealed class LotsViewModel
{
    /// <summary>The opportunity's version when the page was opened (see <see cref="LeedsCommissioning.Web.Features.Opportunities.OpportunityEdits"/>).</summary>
    public int Version { get; set; }

    public int OpportunityId { get; set; }

    public string OpportunityTitle { get; set; } = "";

    public bool Editable { get; set; }

    public KeepItLocalPanel Panel { get; set; } = null!;

    public IReadOnlyList<LotRow> Lots { get; set; } = [];

    [Display(Name = "Why is the opportunity not divided into lots?")]
    public string? SingleLotReason { get; set; }

    /// <summary>For each lot (in order) the reason it goes ahead with no local provider able to bid.</summary>
    public List<string?> NoLocalBidderReasons { get; set; } = [];

    public List<int> LotIds { get; set; } = [];
}
