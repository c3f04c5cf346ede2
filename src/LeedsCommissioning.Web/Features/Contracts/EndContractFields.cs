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
public sealed class EndContractFields : Decommissioning.ICompactNoticeForm
{
    [Display(Name = "How is the contract ending?")]
    public ContractStatus? Outcome { get; set; }

    [Display(Name = "When does it end?")]
    public DateInputModel EffectiveDate { get; set; } = new();

    // Shown, never bound.
    public IReadOnlyList<SelectListItem> OutcomeOptions { get; set; } = [];

    public DateOnly CurrentEndDate { get; set; }

    public DateInputModel CompactGivenOn { get; set; } = new();

    public string? CompactHow { get; set; }

    public string? CompactShortNoticeReason { get; set; }

    /// <summary>The Compact check (domain.md section 5) for each third-sector organisation on the contract; shown, never bound.</summary>
    public IReadOnlyList<Domain.Contracts.CompactNoticeCheck> CompactChecks { get; set; } = [];
}
