using FluentValidation;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Monitoring;
using LeedsCommissioning.Web.Features.Shared;
using LeedsCommissioning.Web.TagHelpers.GovUk;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace LeedsCommissioning.Web.Features.Monitoring;

/// <summary>The contract and quarter a return page is about.</summary>
public sealed record ReturnHeading(int ReturnId, int ContractId, string Reference, string Title, string? LeadProvider, FinancialQuarter Quarter,
    DateOnly DueOn, ReturnStatus Status, ReturnTiming Timing);

/// <summary>One measure as a return shows it: the plan's words and target, and the figure given.</summary>
public sealed record ReturnMeasure(int MeasureId, OutcomeQuestion Question, string Name, string Unit, decimal QuarterlyTarget, MeasureDirection Direction,
    decimal? Value, string? Commentary);

/// <summary>One social value commitment as a return shows it: what was committed, and what was delivered.</summary>
public sealed record ReturnCommitment(int CommitmentId, string Criterion, decimal Committed, string Unit, decimal? Delivered, string? Note);

/// <summary>The provider's return form (draft): a figure and commentary per measure, social value per commitment, the QMF reflection.</summary>
public sealed class ReturnFormViewModel
{
    [BindNever]
    [ValidateNever]
    public ReturnHeading Heading { get; set; } = null!;

    [BindNever]
    [ValidateNever]
    public IReadOnlyList<ReturnMeasure> Measures { get; set; } = [];

    [BindNever]
    [ValidateNever]
    public IReadOnlyList<ReturnCommitment> Commitments { get; set; } = [];

    [BindNever]
    public QmfTheme? Theme { get; set; }

    public int Version { get; set; }

    public List<ActualInput> Actuals { get; set; } = [];

    public List<SocialValueInput> SocialValue { get; set; } = [];

    public string? ThemeReflection { get; set; }

    /// <summary>"continue" goes on to check answers; anything else saves the draft and stays.</summary>
    public string? Next { get; set; }
}

public sealed class ActualInput
{
    public int OutcomeMeasureId { get; set; }

    public string? Value { get; set; }

    public string? Commentary { get; set; }
}

public sealed class SocialValueInput
{
    public int ContractCommitmentId { get; set; }

    public string? Quantity { get; set; }

    public string? Note { get; set; }
}

/// <summary>Shape only: figures are numbers of 0 or more; the return's rules (what submission needs) are on the entity.</summary>
public sealed class ReturnFormValidator : AbstractValidator<ReturnFormViewModel>
{
    public ReturnFormValidator()
    {
        RuleForEach(m => m.Actuals).ChildRules(a => a.RuleFor(x => x.Value)
            .Must(v => string.IsNullOrWhiteSpace(v) || NumberText.Figure(v) is not null)
            .WithMessage("Enter the figure as a number of 0 or more, like 120 or 85.5"));
        RuleForEach(m => m.SocialValue).ChildRules(a => a.RuleFor(x => x.Quantity)
            .Must(v => string.IsNullOrWhiteSpace(v) || NumberText.Figure(v) is not null)
            .WithMessage("Enter the quantity as a number of 0 or more, like 2 or 37.5"));
    }
}

/// <summary>A return read back: every answer, and the commissioner's review when there is one.</summary>
public sealed class ReturnPageViewModel
{
    public required ReturnHeading Heading { get; init; }

    public required IReadOnlyList<ReturnMeasure> Measures { get; init; }

    public required IReadOnlyList<ReturnCommitment> Commitments { get; init; }

    public QmfTheme? Theme { get; init; }

    public string? ThemeReflection { get; init; }

    public DateTime? SubmittedAtUtc { get; init; }

    public string? SubmittedByName { get; init; }

    public MonitoringReview? Review { get; init; }

    public bool CanReview { get; init; }

    public bool CanEdit { get; init; }

    public DateOnly Today { get; init; }

    public int Version { get; init; }

    public IReadOnlyList<DomainError> Missing { get; init; } = [];

    public IReadOnlyList<CheckAnswersSection> Answers(bool withChangeLinks)
    {
        var link = (string field) => withChangeLinks ? $"/monitoring/returns/{Heading.ReturnId}#{field}" : null;
        var sections = new List<CheckAnswersSection>();
        foreach (var question in Enum.GetValues<OutcomeQuestion>())
        {
            var rows = Measures.Select((m, i) => (m, i)).Where(x => x.m.Question == question)
                .Select(x => new CheckAnswersRow(x.m.Name,
                    (x.m.Value is { } v ? $"{Amount(v, x.m.Unit)} (target {Amount(x.m.QuarterlyTarget, x.m.Unit)})" : "Not given")
                    + (x.m.Commentary is { } c ? $"\n{c}" : ""),
                    link($"Actuals_{x.i}__Value"), MultiLine: true))
                .ToList();
            if (rows.Count > 0)
            {
                sections.Add(new CheckAnswersSection(MonitoringNames.Question(question), rows));
            }
        }

        if (Commitments.Count > 0)
        {
            sections.Add(new CheckAnswersSection("Social value delivered", Commitments.Select((c, i) => new CheckAnswersRow(c.Criterion,
                (c.Delivered is { } d ? $"{Amount(d, c.Unit)} (committed {Amount(c.Committed, c.Unit)} over the contract)" : "Not given")
                + (c.Note is { } n ? $"\n{n}" : ""), link($"SocialValue_{i}__Quantity"), MultiLine: true)).ToList()));
        }

        if (Theme is { } theme)
        {
            sections.Add(new CheckAnswersSection("Quality Management Framework",
                [new CheckAnswersRow($"Reflection on {MonitoringNames.Theme(theme)}", ThemeReflection ?? "Not given", link("ThemeReflection"), MultiLine: true)]));
        }

        return sections;
    }

    public static string Figure(decimal value) => value.ToString("#,##0.##", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));

    /// <summary>A figure with its unit, as GOV.UK style writes it: "70%" (no space before a per cent sign), "1,200 people".</summary>
    public static string Amount(decimal value, string unit) => unit.Trim() == "%" ? $"{Figure(value)}%" : $"{Figure(value)} {unit}";
}

/// <summary>The commissioner's review form.</summary>
public sealed class ReviewFormViewModel
{
    public const int ActionRows = 3;

    [BindNever]
    [ValidateNever]
    public ReturnPageViewModel? Return { get; set; }

    public int Version { get; set; }

    public string? Feedback { get; set; }

    public string? GoodPractice { get; set; }

    public string? Challenges { get; set; }

    public Rag? Rating { get; set; }

    public string? RatingReason { get; set; }

    public List<ActionInput> Actions { get; set; } = [];

    public static IEnumerable<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> RatingOptions(Rag? chosen) =>
        Enum.GetValues<Rag>().Select(r => new Microsoft.AspNetCore.Mvc.Rendering.SelectListItem(r.ToString(), r.ToString(), r == chosen));
}

public sealed class ActionInput
{
    public string? Description { get; set; }

    public string? Owner { get; set; }

    public DateInputModel DueOn { get; set; } = new();

    public bool Done { get; set; }
}

public sealed class ReviewFormValidator : AbstractValidator<ReviewFormViewModel>
{
    public ReviewFormValidator() =>
        RuleForEach(m => m.Actions).ChildRules(a => a.RuleFor(x => x.DueOn)
            .Must(d => d.IsEmpty || d.TryGetDate(out _)).WithMessage("The date the action is due must be a real date, like 15 1 2027"));
}
