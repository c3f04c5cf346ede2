using System.ComponentModel.DataAnnotations;
using FluentValidation;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Web.Features.Opportunities;
using LeedsCommissioning.Web.Infrastructure;
using LeedsCommissioning.Web.TagHelpers.GovUk;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace LeedsCommissioning.Web.Features.Procurement;

public sealed record ProcurementRow(int Id, string Title, string ServiceArea, OpportunityStage Stage, DateTime? BidDeadlineUtc, string AuthorName, int WaitingQuestions);

/// <summary>An opportunity submitted for approval by someone else: what an approver sees waiting for them.</summary>
public sealed record AwaitingApprovalRow(int Id, string Title, string AuthorName, DateTime? SubmittedAtUtc);

/// <summary>One step of an opportunity's approval history, as the overview shows it.</summary>
public sealed record ApprovalStepRow(ApprovalStepKind Kind, string ByName, DateTime AtUtc, string? Reason);

public sealed class ProcurementIndexViewModel
{
    public OpportunityStage? Stage { get; set; }

    /// <summary>Submitted by someone else and waiting for the signed-in approver; empty for everyone else.</summary>
    public IReadOnlyList<AwaitingApprovalRow> AwaitingYourApproval { get; set; } = [];

    public bool CanApprove { get; set; }

    public IReadOnlyList<ProcurementRow> Rows { get; set; } = [];

    public int PendingApplications { get; set; }

    public bool CanCreate { get; set; }
}

/// <summary>The staff overview: the public face plus the workflow, Keep it Local panel, notices and envelope counts.</summary>
public sealed class OverviewViewModel
{
    public required OpportunityDetailsViewModel Opportunity { get; init; }

    public OpportunityStatus Status { get; init; }

    /// <summary>Carried by the approval form, so a change made after the approver read the page is refused.</summary>
    public int Version { get; init; }

    public required string AuthorName { get; init; }

    public string? ApprovedByName { get; init; }

    public DateTime? ApprovedAtUtc { get; init; }

    public string? OutcomeNote { get; init; }

    public required KeepItLocalPanel KeepItLocal { get; init; }

    /// <summary>The lots cost more over the whole term than the estimate (a warning, see <see cref="Opportunity.ValueMismatch"/>).</summary>
    public string? ValueMismatch { get; init; }

    public required PublicationNeeds Publication { get; init; }

    public DateOnly PublicationDateUsed { get; init; }

    public IReadOnlyList<(string Field, string Message)> Problems { get; init; } = [];

    public int InterestCount { get; init; }

    public int WaitingQuestions { get; init; }

    /// <summary>Submitted bids per lot id: a count only, which is all staff may know before the deadline.</summary>
    public IReadOnlyDictionary<int, int> SubmittedBids { get; init; } = new Dictionary<int, int>();

    public bool PastDeadline { get; init; }

    public bool IsAuthor { get; init; }

    public bool CanManage { get; init; }

    public bool CanApprove { get; init; }

    public bool CanRecordOutcome { get; init; }

    public bool CanOpenBids { get; init; }

    /// <summary>The approval history, oldest first.</summary>
    public IReadOnlyList<ApprovalStepRow> ApprovalSteps { get; init; } = [];

    /// <summary>The return the author has not yet acted on: shown until the draft is submitted again.</summary>
    public ApprovalStepRow? OutstandingReturn { get; init; }

    /// <summary>The submission waiting for a decision.</summary>
    public ApprovalStepRow? PendingSubmission { get; init; }

    public bool IsDraft => Status == OpportunityStatus.Draft;

    public bool IsAwaitingApproval => Status == OpportunityStatus.SubmittedForApproval;
}

/// <summary>The author's "check what will be sent" page before submitting for approval (GOV.UK check answers pattern).</summary>
public sealed class SubmitViewModel
{
    public required OpportunityDetailsViewModel Opportunity { get; init; }

    public int Version { get; init; }

    public required string AuthorName { get; init; }

    public bool IsAuthor { get; init; }

    public bool IsDraft { get; init; }

    public required KeepItLocalPanel KeepItLocal { get; init; }

    public IReadOnlyList<(string Field, string Message)> Problems { get; init; } = [];

    public ApprovalStepRow? OutstandingReturn { get; init; }

    /// <summary>The names of the people who will be e-mailed.</summary>
    public IReadOnlyList<string> Approvers { get; init; } = [];

    /// <summary>Where each problem is put right: its Change page.</summary>
    public static string ChangePage(int id, string field) => field switch
    {
        "Lots" or "SingleLotReason" => $"/procurement/opportunities/{id}/lots",
        "PriceWeight" or "QualityWeight" or "SocialValueWeight" or "QualityQuestions" or "SocialValueCriteria" => $"/procurement/opportunities/{id}/evaluation",
        _ => $"/procurement/opportunities/{id}/edit",
    };
}

public sealed class ReturnViewModel
{
    public int Id { get; set; }

    public string Title { get; set; } = "";

    public string AuthorName { get; set; } = "";

    /// <summary>The version the approver read: a withdrawn and changed opportunity is not returned unseen.</summary>
    public int Version { get; set; }

    [Display(Name = "What needs to change before it can be approved?")]
    public string? Reason { get; set; }
}

public sealed class ReturnValidator : AbstractValidator<ReturnViewModel>
{
    public ReturnValidator()
    {
        RuleFor(m => m.Reason).NotEmpty().WithMessage("Enter why you are returning the opportunity")
            .MaximumLength(2000).WithMessage("Reason must be 2,000 characters or fewer");
    }
}

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

public sealed class OpportunityFormValidator : AbstractValidator<OpportunityFormViewModel>
{
    public OpportunityFormValidator()
    {
        RuleFor(m => m.Title).NotEmpty().WithMessage("Enter the opportunity's title")
            .MaximumLength(200).WithMessage("Title must be 200 characters or fewer");
        RuleFor(m => m.Description).MaximumLength(8000).WithMessage("Description must be 8,000 characters or fewer");
        RuleFor(m => m.ServiceArea).NotEmpty().WithMessage("Select the service area")
            .Must(s => Enum.TryParse<LeedsCommissioning.Domain.Reference.ServiceArea>(s, out _)).WithMessage("Select the service area from the list")
            .When(m => !string.IsNullOrEmpty(m.ServiceArea), ApplyConditionTo.CurrentValidator);
        RuleFor(m => m.CommissioningOrganisationId).NotNull().WithMessage("Select the commissioning organisation");
        RuleFor(m => m.EstimatedValue).NotEmpty().WithMessage("Enter the estimated whole-life value")
            .Money("Estimated whole-life value");
        RuleFor(m => m.InitialTermMonths).NotEmpty().WithMessage("Enter the initial term in months")
            .Must(NumberText.IsWholeNumber).WithMessage("Initial term must be a whole number of months, like 36")
            .When(m => !string.IsNullOrWhiteSpace(m.InitialTermMonths), ApplyConditionTo.CurrentValidator);
        RuleFor(m => m.ExtensionMonths).Must(t => FormValues.Months(t) is not null)
            .WithMessage("Enter each extension as a number of months, separated by commas, like 12, 12");
        RuleFor(m => m.Route).NotEmpty().WithMessage("Select the procurement route")
            .Must(r => Enum.TryParse<ProcurementProcedure>(r, out _)).WithMessage("Select the procurement route")
            .When(m => !string.IsNullOrEmpty(m.Route), ApplyConditionTo.CurrentValidator);
        RuleFor(m => m.PaymentByResults).NotNull().WithMessage("Select yes if payment by results is proposed");
        RuleFor(m => m.ConsortiaAllowed).NotNull().WithMessage("Select yes if consortium bids are allowed");
        RealDate(m => m.PublishOn, "publication date");
        RealDate(m => m.ClarificationDeadline, "deadline for questions");
        RuleFor(m => m.ClarificationDeadlineTime).Must(FormValues.IsTime).WithMessage("Enter the time questions close, like 12:00 or 5pm");
        RealDate(m => m.BidDeadline, "deadline for bids");
        RuleFor(m => m.BidDeadlineTime).Must(FormValues.IsTime).WithMessage("Enter the time bids close, like 12:00 or 5pm");
        RealDate(m => m.EvaluationBy, "date evaluation is finished by");
        RealDate(m => m.AwardBy, "award date");
        RealDate(m => m.ContractStart, "contract start date");
    }

    private void RealDate(System.Linq.Expressions.Expression<Func<OpportunityFormViewModel, DateInputModel>> field, string name)
    {
        RuleFor(field).Must(d => !d.IsEmpty).WithMessage($"Enter the {name}")
            .Must(d => d.IsEmpty || d.TryGetDate(out _)).WithMessage($"The {name} must be a real date");
    }
}

public sealed class CancelViewModel
{
    public int Id { get; set; }

    public string Title { get; set; } = "";

    [Display(Name = "Why is the opportunity being cancelled?")]
    public string? Reason { get; set; }
}

public sealed class CancelValidator : AbstractValidator<CancelViewModel>
{
    public CancelValidator()
    {
        RuleFor(m => m.Reason).NotEmpty().WithMessage("Enter why the opportunity is being cancelled")
            .MaximumLength(4000).WithMessage("Reason must be 4,000 characters or fewer");
    }
}
