using FluentValidation;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Monitoring;
using LeedsCommissioning.Web.TagHelpers.GovUk;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace LeedsCommissioning.Web.Features.Monitoring;

/// <summary>The contract a plan page is about.</summary>
public sealed record PlanContract(int Id, string Reference, string Title, bool NhsCommissioned, IReadOnlyList<(int Id, string Name)> Funders);

/// <summary>A contract's monitoring plan page: the measures, the quality parts and the evidence recorded.</summary>
public sealed class PlanPageViewModel
{
    public required PlanContract Contract { get; init; }

    public MonitoringPlan? Plan { get; init; }

    public IReadOnlyList<string> SteeringGroupNames { get; init; } = [];

    public IReadOnlyList<MonitoringEvidence> Evidence { get; init; } = [];

    public IReadOnlySet<int> ReportedMeasureIds { get; init; } = new HashSet<int>();

    public IReadOnlyList<(string Criterion, decimal Quantity, string Unit)> Commitments { get; init; } = [];
}

/// <summary>Adding or changing one measure.</summary>
public sealed class MeasureFormViewModel
{
    [BindNever]
    [ValidateNever]
    public PlanContract? Contract { get; set; }

    public int? Number { get; set; }

    public int Version { get; set; }

    public OutcomeQuestion? Question { get; set; }

    public string? Name { get; set; }

    public string? Unit { get; set; }

    public string? QuarterlyTarget { get; set; }

    public MeasureDirection? Direction { get; set; }

    public MeasureAggregation? Aggregation { get; set; }

    public static IEnumerable<SelectListItem> QuestionOptions(OutcomeQuestion? chosen) =>
        Enum.GetValues<OutcomeQuestion>().Select(q => new SelectListItem(MonitoringNames.Question(q), q.ToString(), q == chosen));

    public static IEnumerable<SelectListItem> DirectionOptions(MeasureDirection? chosen) =>
        Enum.GetValues<MeasureDirection>().Select(d => new SelectListItem(MonitoringNames.Direction(d), d.ToString(), d == chosen));

    public static IEnumerable<SelectListItem> AggregationOptions(MeasureAggregation? chosen) =>
        Enum.GetValues<MeasureAggregation>().Select(a => new SelectListItem(
            a == MeasureAggregation.Total ? "Added up: a count, like people supported" : "Averaged: a rate, like the percentage satisfied", a.ToString(), a == chosen));
}

public sealed class MeasureFormValidator : AbstractValidator<MeasureFormViewModel>
{
    public MeasureFormValidator() =>
        RuleFor(m => m.QuarterlyTarget)
            .Must(v => string.IsNullOrWhiteSpace(v) || NumberText.Figure(v) is not null)
            .WithMessage("Enter the quarterly target as a number of 0 or more, like 120 or 85.5");
}

/// <summary>The plan's quality parts: the QMF flag, CQC locations, CQUINs and the steering group.</summary>
public sealed class QualityFormViewModel
{
    public const int LocationRows = 3;
    public const int CquinRows = 3;

    [BindNever]
    [ValidateNever]
    public PlanContract? Contract { get; set; }

    public int Version { get; set; }

    public bool? UsesQualityManagementFramework { get; set; }

    public bool? IsRegulated { get; set; }

    public List<LocationInput> Locations { get; set; } = [];

    public List<CquinInput> Cquins { get; set; } = [];

    public List<int> SteeringGroup { get; set; } = [];

    public static IEnumerable<SelectListItem> RatingOptions(CqcRating? chosen) =>
        Enum.GetValues<CqcRating>().Select(r => new SelectListItem(MonitoringNames.Rating(r), r.ToString(), r == chosen));
}

public sealed class LocationInput
{
    public string? Name { get; set; }

    public CqcRating? Rating { get; set; }

    public DateInputModel RatedOn { get; set; } = new();
}

public sealed class CquinInput
{
    public string? Name { get; set; }

    public string? Description { get; set; }
}

public sealed class QualityFormValidator : AbstractValidator<QualityFormViewModel>
{
    public QualityFormValidator()
    {
        RuleFor(m => m.UsesQualityManagementFramework).NotNull().WithMessage("Select yes if the contract uses the Quality Management Framework");
        RuleFor(m => m.IsRegulated).NotNull().WithMessage("Select yes if it is a service the CQC regulates");
        RuleForEach(m => m.Locations).ChildRules(l => l.RuleFor(x => x.RatedOn)
            .Must(d => d.IsEmpty || d.TryGetDate(out _)).WithMessage("The date of the rating must be a real date, like 14 3 2025"));
    }
}

/// <summary>Recording a compliment, complaint or Healthwatch Leeds report against the contract.</summary>
public sealed class EvidenceFormViewModel
{
    [BindNever]
    [ValidateNever]
    public PlanContract? Contract { get; set; }

    public EvidenceKind? Kind { get; set; }

    public DateInputModel ReceivedOn { get; set; } = new();

    public string? Summary { get; set; }

    public string? Link { get; set; }

    public static IEnumerable<SelectListItem> KindOptions(EvidenceKind? chosen) =>
        Enum.GetValues<EvidenceKind>().Select(k => new SelectListItem(MonitoringNames.Evidence(k), k.ToString(), k == chosen));
}

public sealed class EvidenceFormValidator : AbstractValidator<EvidenceFormViewModel>
{
    public EvidenceFormValidator() =>
        RuleFor(m => m.ReceivedOn).Must(d => d.IsEmpty || d.TryGetDate(out _)).WithMessage("The date must be a real date, like 20 11 2026");
}
