using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace LeedsCommissioning.Web.Features.Panels;

/// <summary>Forming a panel, or changing its members and chair.</summary>
public sealed class PanelFormViewModel
{
    public int OpportunityId { get; set; }

    public string OpportunityTitle { get; set; } = "";

    /// <summary>Null while forming a new panel.</summary>
    public int? PanelId { get; set; }

    [Display(Name = "Panel name")]
    public string? Name { get; set; }

    [Display(Name = "Which lot does the panel score?")]
    public string? LotId { get; set; }

    /// <summary>"all", or the id of the one quality question the panel scores.</summary>
    [Display(Name = "What does the panel score?")]
    public string? Scope { get; set; }

    [Display(Name = "Who is on the panel?")]
    public List<string> MemberUserIds { get; set; } = [];

    [Display(Name = "Who chairs the panel?")]
    public string? ChairUserId { get; set; }

    public IReadOnlyList<SelectListItem> LotOptions { get; set; } = [];

    public IReadOnlyList<SelectListItem> ScopeOptions { get; set; } = [];

    public IReadOnlyList<SelectListItem> PeopleOptions { get; set; } = [];

    /// <summary>Lot and scope are fixed once the panel is formed.</summary>
    public bool IsNew => PanelId is null;

    /// <summary>Shown when changing a panel: its lot and what it scores.</summary>
    public string? Fixed { get; set; }
}
