using System.ComponentModel.DataAnnotations;
using LeedsCommissioning.Domain.Decisions;
using LeedsCommissioning.Domain.Reference;
using LeedsCommissioning.Domain.Waivers;
using LeedsCommissioning.Web.TagHelpers.GovUk;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace LeedsCommissioning.Web.Features.Waivers;

/// <summary>Creating the contract of an approved waiver after the decision: the same choices as at approval.</summary>
public sealed class CreateContractViewModel
{
    public int Version { get; set; }

    [Display(Name = "Service area")]
    public ServiceArea? ServiceArea { get; set; }

    [Display(Name = "Contract start date")]
    public DateInputModel ContractStart { get; set; } = new();

    public CprWaiver? Waiver { get; set; }

    public IEnumerable<SelectListItem> ServiceAreaItems =>
        Enum.GetValues<ServiceArea>().Select(a => new SelectListItem(a.ToDisplayName(), a.ToString(), a == ServiceArea));
}
