using System.ComponentModel.DataAnnotations;
using System.Globalization;
using FluentValidation;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Renewals;
using LeedsCommissioning.Web.Features.Contracts;
using LeedsCommissioning.Web.Infrastructure;
using LeedsCommissioning.Web.TagHelpers.GovUk;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace LeedsCommissioning.Web.Features.Pipeline;

/// <summary>"Renewal intention" for one contract: what the commissioners intend to do as it ends, and why.</summary>
public sealed class RenewalPlanViewModel
{
    /// <summary>The plan's version when the form was opened (0 when there is no plan yet).</summary>
    public int Version { get; set; }

    [Display(Name = "What do you intend to do when the contract ends?")]
    public RenewalIntention? Intention { get; set; }

    [Display(Name = "Route (optional)")]
    public RenewalRoute? Route { get; set; }

    [Display(Name = "Who owns the decision?")]
    public string? Owner { get; set; }

    [Display(Name = "Evidence the intention rests on")]
    public string? Evidence { get; set; }

    [Display(Name = "Estimated whole-life value of what will be bought (optional)")]
    public string? EstimatedValue { get; set; }

    [Display(Name = "When was the intention agreed?")]
    public DateInputModel AgreedOn { get; set; } = new();

    // Shown, never bound.
    public ContractHeading Contract { get; set; } = new(0, "", "");

    public DateOnly EndDate { get; set; }

    /// <summary>The first pending optional extension, whose decide-by date is the decision's due date.</summary>
    public (int Number, int Months, DateOnly DecideBy)? PendingExtension { get; set; }

    public IReadOnlyList<SelectListItem> OwnerOptions { get; set; } = [];

    public static IReadOnlyList<SelectListItem> Intentions { get; } =
        Enum.GetValues<RenewalIntention>().Select(i => new SelectListItem(i.ToDisplayName(), i.ToString())).ToList();

    public static IReadOnlyList<SelectListItem> Routes { get; } =
        Enum.GetValues<RenewalRoute>().Select(r => new SelectListItem(r.ToDisplayName(), r.ToString())).ToList();

    public static RenewalPlanViewModel From(RenewalPlan? plan, string? defaultOwner) => plan is null
        ? new RenewalPlanViewModel { Owner = defaultOwner }
        : new RenewalPlanViewModel
        {
            Version = plan.Version,
            Intention = plan.Intention,
            // The intention's usual route shows as "the usual route", so changing the intention takes its own.
            Route = plan.Route == plan.Intention.DefaultRoute() ? null : plan.Route,
            Owner = plan.OwnerUserId,
            Evidence = plan.Evidence,
            EstimatedValue = plan.EstimatedValue is { } v ? ContractChoices.MoneyValue(v) : null,
            AgreedOn = DateInputModel.From(plan.AgreedOn),
        };

    public decimal? EstimatedValueAmount => MoneyText.IsBlank(EstimatedValue) ? null : MoneyText.Parse(EstimatedValue);

    public DateOnly? AgreedOnDate => AgreedOn.TryGetDate(out var date) ? date : null;
}

public sealed class RenewalPlanValidator : AbstractValidator<RenewalPlanViewModel>
{
    public RenewalPlanValidator()
    {
        RuleFor(m => m.Intention).NotNull().WithMessage("Select what you intend to do when the contract ends");
        RuleFor(m => m.Owner).NotEmpty().WithMessage("Select who owns the decision");
        RuleFor(m => m.Evidence).MaximumLength(RenewalPlan.EvidenceMaxLength)
            .WithMessage(string.Create(CultureInfo.InvariantCulture, $"Evidence must be {RenewalPlan.EvidenceMaxLength:N0} characters or fewer"));
        RuleFor(m => m.EstimatedValue).Money("Estimated whole-life value");
        RuleFor(m => m.AgreedOn).Must(d => d.IsEmpty || d.TryGetDate(out _)).WithMessage("The date the intention was agreed must be a real date");
    }
}
