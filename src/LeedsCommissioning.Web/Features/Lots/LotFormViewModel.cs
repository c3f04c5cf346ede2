using System.ComponentModel.DataAnnotations;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Domain.Reference;
using LeedsCommissioning.Web.Features.Opportunities;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace LeedsCommissioning.Web.Features.Lots;

public sealed class LotFormViewModel : IOpportunityForm
{
    /// <summary>The opportunity's version when the page was opened (see <see cref="LeedsCommissioning.Web.Features.Opportunities.OpportunityEdits"/>).</summary>
    public int Version { get; set; }

    public int OpportunityId { get; set; }

    public int? LotId { get; set; }

    public string OpportunityTitle { get; set; } = "";

    [Display(Name = "Lot title")]
    public string? Title { get; set; }

    [Display(Name = "Description (optional)")]
    public string? Description { get; set; }

    [Display(Name = "Estimated annual value")]
    public string? AnnualValue { get; set; }

    [Display(Name = "Localities")]
    public List<string> Localities { get; set; } = [];

    public IEnumerable<SelectListItem> LocalityOptions =>
        Enum.GetValues<Locality>().Select(l => new SelectListItem(l.ToDisplayName(), l.ToString()));

    public bool IsNew => LotId is null;
}
