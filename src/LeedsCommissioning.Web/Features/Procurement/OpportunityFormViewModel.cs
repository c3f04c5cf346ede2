using System.ComponentModel.DataAnnotations;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Web.Features.Opportunities;
using LeedsCommissioning.Web.TagHelpers.GovUk;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace LeedsCommissioning.Web.Features.Procurement;

public sealed class OpportunityFormViewModel : IOpportunityForm
{
    public int? Id { get; set; }

    /// <summary>The opportunity's version when the form was opened (see <see cref="OpportunityEdits"/>).</summary>
    public int Version { get; set; }

    [Display(Name = "Title")]
    public string? Title { get; set; }

    [Display(Name = "Description")]
    public string? Description { get; set; }

    [Display(Name = "Service area")]
    public string? ServiceArea { get; set; }

    [Display(Name = "Commissioning organisation")]
    public int? CommissioningOrganisationId { get; set; }

    [Display(Name = "Estimated whole-life value")]
    public string? EstimatedValue { get; set; }

    [Display(Name = "Initial term in months")]
    public string? InitialTermMonths { get; set; }

    [Display(Name = "Optional extensions in months (optional)")]
    public string? ExtensionMonths { get; set; }

    [Display(Name = "Procurement route")]
    public string? Route { get; set; }

    [Display(Name = "Is payment by results proposed?")]
    public bool? PaymentByResults { get; set; }

    [Display(Name = "Are consortium bids allowed?")]
    public bool? ConsortiaAllowed { get; set; }

    [Display(Name = "Publication date")]
    public DateInputModel PublishOn { get; set; } = new();

    [Display(Name = "Deadline for questions")]
    public DateInputModel ClarificationDeadline { get; set; } = new();

    [Display(Name = "Time questions close")]
    public string? ClarificationDeadlineTime { get; set; } = "12:00";

    [Display(Name = "Deadline for bids")]
    public DateInputModel BidDeadline { get; set; } = new();

    [Display(Name = "Time bids close")]
    public string? BidDeadlineTime { get; set; } = "12:00";

    [Display(Name = "Evaluation finished by")]
    public DateInputModel EvaluationBy { get; set; } = new();

    [Display(Name = "Award by")]
    public DateInputModel AwardBy { get; set; } = new();

    [Display(Name = "Contract start date")]
    public DateInputModel ContractStart { get; set; } = new();

    public IReadOnlyList<SelectListItem> ServiceAreaOptions { get; set; } = [];

    public IReadOnlyList<SelectListItem> OrganisationOptions { get; set; } = [];

    public IEnumerable<SelectListItem> RouteOptions =>
        Enum.GetValues<ProcurementProcedure>().Select(r => new SelectListItem(r.ToDisplayName(), r.ToString(), r.ToString() == Route));

    public bool IsNew => Id is null;

}
