using System.ComponentModel.DataAnnotations;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Web.TagHelpers.GovUk;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace LeedsCommissioning.Web.Features.Contracts;

/// <summary>
/// The questions of the "End this contract" confirmation page besides the reason (which the shared confirmation
/// page asks): how it is ending and from when. Rendered by <c>_EndContractFields.cshtml</c> inside the form of
/// <c>Features/Shared/_ConfirmAction.cshtml</c>.
/// </summary>
public sealed class EndContractFields
{
    [Display(Name = "How is the contract ending?")]
    public ContractStatus? Outcome { get; set; }

    [Display(Name = "When does it end?")]
    public DateInputModel EffectiveDate { get; set; } = new();

    // Shown, never bound.
    public IReadOnlyList<SelectListItem> OutcomeOptions { get; set; } = [];

    public DateOnly CurrentEndDate { get; set; }

    /// <summary>The Compact for Leeds' warning (domain.md section 5) when a third-sector provider is on the contract; null otherwise.</summary>
    public string? CompactWarning { get; set; }
}
