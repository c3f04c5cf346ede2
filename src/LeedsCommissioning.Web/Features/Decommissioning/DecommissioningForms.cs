using System.ComponentModel.DataAnnotations;
using FluentValidation;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Decisions;
using LeedsCommissioning.Domain.Decommissioning;
using LeedsCommissioning.Web.Infrastructure;
using LeedsCommissioning.Web.TagHelpers.GovUk;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace LeedsCommissioning.Web.Features.Decommissioning;

/// <summary>The case and its contract as every page of a case shows them (shown, never bound).</summary>
public sealed record CaseHeading(int Id, int ContractId, string Reference, string Title, DecommissioningStatus Status);

/// <summary>Every form of a case carries the version it was opened at, and the case's heading.</summary>
public abstract class CaseForm
{
    public int Version { get; set; }

    public CaseHeading Case { get; set; } = new(0, 0, "", "", DecommissioningStatus.Draft);
}

public sealed class NewCaseViewModel
{
    [Display(Name = "Which contract?")]
    public int? ContractId { get; set; }

    public IReadOnlyList<SelectListItem> ContractOptions { get; set; } = [];
}

public sealed class CaseForChangeViewModel : CaseForm
{
    [Display(Name = "What kind of case for change is it?")]
    public CaseForChangeKind? Kind { get; set; }

    [Display(Name = "Why is the change needed?")]
    public string? Reason { get; set; }

    [Display(Name = "What tangible evidence is the proposal based on?")]
    public string? Evidence { get; set; }

    [Display(Name = "When does the service end, or the reduction take effect?")]
    public DateInputModel EndOrReductionDate { get; set; } = new();

    [Display(Name = "New annual value (for a reduction in value)")]
    public string? NewAnnualValue { get; set; }

    public decimal CurrentAnnualValue { get; set; }

    public DateOnly CurrentEndDate { get; set; }

    public static IReadOnlyList<SelectListItem> KindOptions(CaseForChangeKind? selected) =>
        Enum.GetValues<CaseForChangeKind>().Select(k => new SelectListItem(k.ToDisplayName(), k.ToString(), k == selected)).ToList();
}

public sealed class ImpactViewModel : CaseForm
{
    [Display(Name = "How many service users are affected?")]
    public string? ServiceUsersAffected { get; set; }

    [Display(Name = "Which groups of service users are affected?")]
    public string? GroupsAffected { get; set; }

    [Display(Name = "What is the transition plan for service users?")]
    public string? TransitionPlan { get; set; }
}

public sealed class StakeholderLine
{
    public Stakeholder Stakeholder { get; set; }

    public bool? Consulted { get; set; }

    public DateInputModel ConsultedOn { get; set; } = new();

    public string? WhatTheySaid { get; set; }
}

public sealed class StakeholdersViewModel : CaseForm
{
    public List<StakeholderLine> Stakeholders { get; set; } = [];
}

public sealed class DimensionsViewModel : CaseForm
{
    [Display(Name = "Commissioning dimensions assessment")]
    public string? DimensionsAssessment { get; set; }
}

public sealed class ChecklistLine
{
    public CaseCheck Check { get; set; }

    public string? Evidence { get; set; }

    public string? Link { get; set; }

    public string? NotApplicableReason { get; set; }
}

public sealed class ChecklistViewModel : CaseForm
{
    public List<ChecklistLine> Items { get; set; } = [];
}

public sealed class EngagementViewModel : CaseForm
{
    [Display(Name = "Date of the conversation")]
    public DateInputModel On { get; set; } = new();

    [Display(Name = "Who took part?")]
    public string? Who { get; set; }

    [Display(Name = "What was said?")]
    public string? WhatWasSaid { get; set; }

    public IReadOnlyList<EngagementEntry> Log { get; set; } = [];
}

public sealed class ExitTaskLine
{
    public int Number { get; set; }

    public string Name { get; set; } = "";

    public string? OwnerUserId { get; set; }

    public string? OwnerName { get; set; }

    public DateInputModel DueOn { get; set; } = new();

    public DateInputModel DoneOn { get; set; } = new();
}

public sealed class ExitPlanViewModel : CaseForm
{
    public List<ExitTaskLine> Tasks { get; set; } = [];

    public IReadOnlyList<SelectListItem> OwnerOptions { get; set; } = [];
}

public sealed class NoticeLine
{
    public int ProviderId { get; set; }

    public string ProviderName { get; set; } = "";

    public ProviderRole Role { get; set; }

    public DateInputModel CompactGivenOn { get; set; } = new();

    public string? CompactHow { get; set; }

    public string? CompactShortNoticeReason { get; set; }

    public CompactNoticeCheck? Check { get; set; }
}

public sealed class CompactNoticesViewModel : CaseForm
{
    public List<NoticeLine> Notices { get; set; } = [];

    public DateOnly? EndOrReductionDate { get; set; }
}

public sealed class SignOffViewModel : CaseForm
{
    public bool NeedsCcgSignOff { get; set; }

    public bool NeedsCouncilDecision { get; set; }

    [Display(Name = "When did the Planning Implementation Group approve it?")]
    public DateInputModel PigApprovedOn { get; set; } = new();

    [Display(Name = "When did the Commissioning for Value Group sign it off?")]
    public DateInputModel CfvSignedOffOn { get; set; } = new();

    [Display(Name = "Decision route")]
    public DecisionRoute? Route { get; set; }

    [Display(Name = "Kind of decision")]
    public DecisionKind? Kind { get; set; }

    [Display(Name = "Has equality impact assessment (EIA) screening been done?")]
    public bool? EiaScreeningDone { get; set; }

    [Display(Name = "Link to the EIA screening (optional)")]
    public string? EiaScreeningLink { get; set; }

    [Display(Name = "Has the Executive Member been briefed?")]
    public bool? ExecutiveMemberBriefed { get; set; }

    public static IReadOnlyList<SelectListItem> RouteOptions(DecisionRoute? selected) =>
        Enum.GetValues<DecisionRoute>().Select(r => new SelectListItem(r.ToDisplayName(), r.ToString(), r == selected)).ToList();

    public static IReadOnlyList<SelectListItem> KindOptions(DecisionKind? selected) =>
        Enum.GetValues<DecisionKind>().Select(k => new SelectListItem(k.ToDisplayName(), k.ToString(), k == selected)).ToList();
}

public sealed class DecideCaseViewModel : CaseForm
{
    [Display(Name = "Your decision")]
    public string? Outcome { get; set; }

    [Display(Name = "Reasons for the decision")]
    public string? Reasons { get; set; }

    public IReadOnlyList<CheckAnswersSectionView> Answers { get; set; } = [];

    public static IEnumerable<SelectListItem> OutcomeItems =>
    [
        new("Approve the case for change", "approve"),
        new("Refuse it", "refuse"),
    ];
}

/// <summary>A check answers section, built by <see cref="CaseAnswers"/>.</summary>
public sealed record CheckAnswersSectionView(string Heading, IReadOnlyList<Shared.CheckAnswersRow> Rows);

/// <summary>Shape checks for every date box on the case's forms: blank is left to the rule, anything typed must be a real date.</summary>
internal static class DateRules
{
    public static void RealDate<T>(this IRuleBuilder<T, DateInputModel> rule, string label) =>
        rule.Must(d => d.IsEmpty || d.TryGetDate(out _)).WithMessage($"{label} must be a real date, like 20 11 2026");
}

public sealed class CaseForChangeValidator : AbstractValidator<CaseForChangeViewModel>
{
    public CaseForChangeValidator()
    {
        RuleFor(m => m.EndOrReductionDate).RealDate("The date the service ends or the reduction takes effect");
        RuleFor(m => m.NewAnnualValue).Money("The new annual value");
    }
}

public sealed class ImpactValidator : AbstractValidator<ImpactViewModel>
{
    public ImpactValidator() =>
        RuleFor(m => m.ServiceUsersAffected)
            .Must(v => string.IsNullOrWhiteSpace(v) || (int.TryParse(v.Trim().Replace(",", "", StringComparison.Ordinal), out var n) && n >= 0))
            .WithMessage("How many service users are affected must be a whole number, like 140");
}

public sealed class StakeholdersValidator : AbstractValidator<StakeholdersViewModel>
{
    public StakeholdersValidator() =>
        RuleForEach(m => m.Stakeholders).ChildRules(line =>
            line.RuleFor(l => l.ConsultedOn).RealDate("The date they were consulted"));
}

public sealed class EngagementValidator : AbstractValidator<EngagementViewModel>
{
    public EngagementValidator() => RuleFor(m => m.On).RealDate("The date of the conversation");
}

public sealed class ExitPlanValidator : AbstractValidator<ExitPlanViewModel>
{
    public ExitPlanValidator() =>
        RuleForEach(m => m.Tasks).ChildRules(line =>
        {
            line.RuleFor(l => l.DueOn).RealDate("The due date");
            line.RuleFor(l => l.DoneOn).RealDate("The date it was done");
        });
}

public sealed class CompactNoticesValidator : AbstractValidator<CompactNoticesViewModel>
{
    public CompactNoticesValidator() =>
        RuleForEach(m => m.Notices).ChildRules(line => line.RuleFor(l => l.CompactGivenOn).RealDate("The date notice was given"));
}

public sealed class SignOffValidator : AbstractValidator<SignOffViewModel>
{
    public SignOffValidator()
    {
        RuleFor(m => m.PigApprovedOn).RealDate("The Planning Implementation Group's approval date");
        RuleFor(m => m.CfvSignedOffOn).RealDate("The Commissioning for Value Group's sign-off date");
        RuleFor(m => m.EiaScreeningLink).MaximumLength(500).WithMessage("The link to the EIA screening must be 500 characters or fewer");
    }
}

public sealed class DecideCaseValidator : AbstractValidator<DecideCaseViewModel>
{
    public DecideCaseValidator()
    {
        RuleFor(m => m.Outcome).Must(o => o is "approve" or "refuse").WithMessage("Select whether you approve or refuse the case for change");
        RuleFor(m => m.Reasons).NotEmpty().WithMessage("Enter the reasons for your decision")
            .MaximumLength(4000).WithMessage("Reasons must be 4,000 characters or fewer");
    }
}
