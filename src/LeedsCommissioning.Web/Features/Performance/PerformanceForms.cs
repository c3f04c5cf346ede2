using System.ComponentModel.DataAnnotations;
using System.Globalization;
using FluentValidation;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Performance;
using LeedsCommissioning.Web.Features.Contracts;
using LeedsCommissioning.Web.Infrastructure;
using LeedsCommissioning.Web.TagHelpers.GovUk;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace LeedsCommissioning.Web.Features.Performance;

/// <summary>What every performance form shows above itself: the contract it is for, and the version it was read at.</summary>
public abstract class PerformanceForm
{
    public int Version { get; set; }

    public ContractHeading Contract { get; set; } = new(0, "", "");
}

/// <summary>Add or change a key performance indicator (name, measure, target).</summary>
public sealed class KpiFormViewModel : PerformanceForm
{
    /// <summary>Null when adding.</summary>
    public int? KpiId { get; set; }

    [Display(Name = "Name of the key performance indicator")]
    public string? Name { get; set; }

    [Display(Name = "How is it measured?")]
    public string? Measure { get; set; }

    [Display(Name = "Target")]
    public string? Target { get; set; }
}

public sealed class KpiFormValidator : AbstractValidator<KpiFormViewModel>
{
    public KpiFormValidator()
    {
        RuleFor(m => m.Name).NotEmpty().WithMessage("Enter the name of the key performance indicator")
            .MaximumLength(KeyPerformanceIndicator.MaxNameLength).WithMessage("The name must be 200 characters or fewer");
        RuleFor(m => m.Measure).NotEmpty().WithMessage("Enter how the key performance indicator is measured")
            .MaximumLength(KeyPerformanceIndicator.MaxMeasureLength).WithMessage("How it is measured must be 1,000 characters or fewer");
        RuleFor(m => m.Target).NotEmpty().WithMessage("Enter the target")
            .MaximumLength(KeyPerformanceIndicator.MaxTargetLength).WithMessage("The target must be 500 characters or fewer");
    }
}

/// <summary>Rate one key performance indicator for a contract year.</summary>
public sealed class RateKpiViewModel : PerformanceForm
{
    public int KpiId { get; set; }

    public string KpiName { get; set; } = "";

    public string KpiTarget { get; set; } = "";

    [Display(Name = "Contract year")]
    public int? Year { get; set; }

    [Display(Name = "Rating")]
    public PerformanceRating? Rating { get; set; }

    [Display(Name = "Date of the rating")]
    public DateInputModel RatedOn { get; set; } = new();

    [Display(Name = "Note (optional)")]
    public string? Note { get; set; }

    public IReadOnlyList<SelectListItem> YearOptions { get; set; } = [];

    public static IEnumerable<SelectListItem> RatingItems =>
        Enum.GetValues<PerformanceRating>().Select(r => new SelectListItem(r.ToDisplayName(), r.ToString()));

    /// <summary>The years that have begun by <paramref name="today"/>, each with its dates.</summary>
    public static IReadOnlyList<SelectListItem> Years(DateOnly start, int count, DateOnly today) =>
        Enumerable.Range(1, count).Where(y => ContractYears.StartOf(start, y) <= today)
            .Select(y => new SelectListItem(ContractYears.Label(start, y), y.ToString(CultureInfo.InvariantCulture))).ToList();
}

public sealed class RateKpiValidator : AbstractValidator<RateKpiViewModel>
{
    public RateKpiValidator()
    {
        RuleFor(m => m.Year).NotNull().WithMessage("Select the contract year");
        RuleFor(m => m.Rating).NotNull().WithMessage("Select the rating").IsInEnum().WithMessage("Select the rating");
        RuleFor(m => m.RatedOn).Custom((date, context) =>
        {
            if (date.IsEmpty)
            {
                context.AddFailure(nameof(RateKpiViewModel.RatedOn), "Enter the date of the rating");
            }
            else if (!date.TryGetDate(out _))
            {
                context.AddFailure(nameof(RateKpiViewModel.RatedOn), "The date of the rating must be a real date, like 31 3 2026");
            }
        });
        RuleFor(m => m.Note).MaximumLength(KpiRating.MaxNoteLength).WithMessage("The note must be 2,000 characters or fewer");
    }
}

/// <summary>Record a breach of contract or persistent poor performance.</summary>
public sealed class FailureViewModel : PerformanceForm
{
    [Display(Name = "What is being recorded?")]
    public PerformanceFailureKind? Kind { get; set; }

    [Display(Name = "When did it happen?")]
    public DateInputModel OccurredOn { get; set; } = new();

    [Display(Name = "What happened?")]
    public string? Description { get; set; }

    [Display(Name = "What steps have been taken?")]
    public string? StepsTaken { get; set; }

    public static IEnumerable<SelectListItem> KindItems =>
        Enum.GetValues<PerformanceFailureKind>().Select(k => new SelectListItem(k.ToDisplayName(), k.ToString()));
}

public sealed class FailureValidator : AbstractValidator<FailureViewModel>
{
    public FailureValidator()
    {
        RuleFor(m => m.Kind).NotNull().WithMessage("Select whether it is a breach of contract or persistent poor performance").IsInEnum()
            .WithMessage("Select whether it is a breach of contract or persistent poor performance");
        RuleFor(m => m.OccurredOn).Custom((date, context) =>
        {
            if (date.IsEmpty)
            {
                context.AddFailure(nameof(FailureViewModel.OccurredOn), "Enter the date it happened");
            }
            else if (!date.TryGetDate(out _))
            {
                context.AddFailure(nameof(FailureViewModel.OccurredOn), "The date it happened must be a real date, like 14 9 2026");
            }
        });
        RuleFor(m => m.Description).NotEmpty().WithMessage("Enter what happened")
            .MaximumLength(PerformanceFailure.MaxTextLength).WithMessage("What happened must be 4,000 characters or fewer");
        RuleFor(m => m.StepsTaken).NotEmpty().WithMessage("Enter the steps taken")
            .MaximumLength(PerformanceFailure.MaxTextLength).WithMessage("The steps taken must be 4,000 characters or fewer");
    }
}

/// <summary>Record a variation: a change of scope or service in words, its value, when it takes effect and why.</summary>
public sealed class VariationViewModel : PerformanceForm, IRecordedChangeForm
{
    [Display(Name = "What changes in the scope or service?")]
    public string? Description { get; set; }

    [Display(Name = "By how much does it increase the contract's whole-life value? (optional)")]
    public string? ValueChange { get; set; }

    public DateInputModel EffectiveDate { get; set; } = new();

    public string? Reason { get; set; }

    public string EffectiveDateHint { get; set; } = "";

    /// <summary>The key-decision threshold the value is compared with, for the hint.</summary>
    public decimal DecisionThreshold { get; set; }
}

public sealed class VariationValidator : AbstractValidator<VariationViewModel>
{
    public VariationValidator()
    {
        RuleFor(m => m.Description).NotEmpty().WithMessage("Describe the change to the scope or service")
            .MaximumLength(Contract.MaxVariationLength).WithMessage("The description of the change must be 1,000 characters or fewer");
        RuleFor(m => m.ValueChange).Money("The increase in value");
        Include(new RecordedChangeValidator());
    }
}

/// <summary>The decision maker's decision on a variation.</summary>
public sealed class DecideChangeViewModel : PerformanceForm
{
    public int ChangeId { get; set; }

    [Display(Name = "Your decision")]
    public string? Outcome { get; set; }

    [Display(Name = "Reasons for the decision")]
    public string? Reasons { get; set; }

    public ContractChange? Change { get; set; }

    /// <summary>For a value change: each funder's proposed contribution in words, applied if approved (shown, never bound).</summary>
    public IReadOnlyList<string> ProposedFunding { get; set; } = [];

    public static IEnumerable<SelectListItem> OutcomeItems =>
    [
        new("Approve it", "approve"),
        new("Refuse it", "refuse"),
    ];
}

public sealed class DecideChangeValidator : AbstractValidator<DecideChangeViewModel>
{
    public DecideChangeValidator()
    {
        RuleFor(m => m.Outcome).Must(o => o is "approve" or "refuse").WithMessage("Select whether you approve or refuse the change");
        RuleFor(m => m.Reasons).NotEmpty().WithMessage("Enter the reasons for your decision")
            .MaximumLength(4000).WithMessage("Reasons must be 4,000 characters or fewer");
    }
}

/// <summary>A notice page: the contract, which notice, and the draft.</summary>
public sealed record PerformanceNoticeViewModel(
    ContractHeading Contract, string Heading, string Introduction, Domain.Notices.NoticeDraft Notice, IReadOnlyList<SelectListItem>? Years = null);
