using System.ComponentModel.DataAnnotations;
using LeedsCommissioning.Domain.Decisions;
using LeedsCommissioning.Domain.Reference;
using LeedsCommissioning.Domain.Waivers;
using LeedsCommissioning.Web.TagHelpers.GovUk;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace LeedsCommissioning.Web.Features.Waivers;

public sealed class DecideViewModel
{
    public int Version { get; set; }

    [Display(Name = "Your decision")]
    public string? Outcome { get; set; }

    [Display(Name = "Reasons for the decision")]
    public string? Reasons { get; set; }

    [Display(Name = "Create the contract in the register now?")]
    public bool? CreateContract { get; set; }

    [Display(Name = "Service area")]
    public ServiceArea? ServiceArea { get; set; }

    [Display(Name = "Contract start date")]
    public DateInputModel ContractStart { get; set; } = new();

    public CprWaiver? Waiver { get; set; }

    public IEnumerable<SelectListItem> ServiceAreaItems =>
        Enum.GetValues<ServiceArea>().Select(a => new SelectListItem(a.ToDisplayName(), a.ToString(), a == ServiceArea));

    public static IEnumerable<SelectListItem> OutcomeItems =>
    [
        new("Approve the waiver", "approve"),
        new("Refuse the waiver", "refuse"),
    ];
}
