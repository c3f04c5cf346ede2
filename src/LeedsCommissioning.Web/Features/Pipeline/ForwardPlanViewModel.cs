using System.ComponentModel.DataAnnotations;
using FluentValidation;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Reference;
using LeedsCommissioning.Domain.Renewals;
using LeedsCommissioning.Web.Features.Contracts;
using LeedsCommissioning.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace LeedsCommissioning.Web.Features.Pipeline;

/// <summary>A forward-plan commissioning intention as the form shows it (domain.md section 8a).</summary>
public sealed class ForwardPlanViewModel
{
    public const string Consultation = "ConsultationOnSpecification";
    public const string Consortia = "HelpToFormConsortia";

    public int Id { get; set; }

    public int Version { get; set; }

    [Display(Name = "Commissioning organisation")]
    public int? CommissioningOrganisationId { get; set; }

    [Display(Name = "Service area")]
    public ServiceArea? ServiceArea { get; set; }

    [Display(Name = "When is the opportunity expected?")]
    public ForwardPlanBand? Band { get; set; }

    [Display(Name = "Service")]
    public string? Service { get; set; }

    [Display(Name = "Commissioning intention")]
    public string? Description { get; set; }

    [Display(Name = "Timing of the tender (optional)")]
    public string? TenderTiming { get; set; }

    [Display(Name = "Start date (optional)")]
    public string? StartDate { get; set; }

    [Display(Name = "Term (optional)")]
    public string? TermShape { get; set; }

    [Display(Name = "Route (optional)")]
    public string? Route { get; set; }

    [Display(Name = "Support offered to providers")]
    public List<string> Support { get; set; } = [];

    [Display(Name = "More about the support (optional)")]
    public string? SupportNote { get; set; }

    [Display(Name = "Estimated whole-life value (optional)")]
    public string? EstimatedValue { get; set; }

    // Shown, never bound.
    public bool IsPublished { get; set; }

    public IReadOnlyList<SelectListItem> OrganisationOptions { get; set; } = [];

    public static IReadOnlyList<SelectListItem> Bands { get; } =
        Enum.GetValues<ForwardPlanBand>().Select(b => new SelectListItem(b.ToDisplayName(), b.ToString())).ToList();

    public static IReadOnlyList<SelectListItem> SupportOptions { get; } =
    [
        new("Consultation on the specification", Consultation),
        new("Help to form consortia", Consortia),
    ];

    public static ForwardPlanViewModel From(ForwardPlanIntention i) => new()
    {
        Id = i.Id,
        Version = i.Version,
        CommissioningOrganisationId = i.CommissioningOrganisationId,
        ServiceArea = i.ServiceArea,
        Band = i.Band,
        Service = i.Service,
        Description = i.Description,
        TenderTiming = i.TenderTiming,
        StartDate = i.StartDate,
        TermShape = i.TermShape,
        Route = i.Route,
        Support = [.. i.ConsultationOnSpecification ? [Consultation] : Array.Empty<string>(), .. i.HelpToFormConsortia ? [Consortia] : Array.Empty<string>()],
        SupportNote = i.SupportNote,
        EstimatedValue = i.EstimatedValue is { } v ? ContractChoices.MoneyValue(v) : null,
        IsPublished = i.IsPublished,
    };

    /// <summary>The details for the entity; the shape is checked first, so the required choices are there.</summary>
    public ForwardPlanDetails Details() => new(
        CommissioningOrganisationId ?? 0, ServiceArea ?? default, Band ?? default, Service, Description, TenderTiming, StartDate, TermShape,
        Route, Support.Contains(Consultation), Support.Contains(Consortia), SupportNote,
        MoneyText.IsBlank(EstimatedValue) ? null : MoneyText.Parse(EstimatedValue));
}

public sealed class ForwardPlanValidator : AbstractValidator<ForwardPlanViewModel>
{
    public ForwardPlanValidator()
    {
        RuleFor(m => m.CommissioningOrganisationId).NotNull().WithMessage("Select the commissioning organisation");
        RuleFor(m => m.ServiceArea).NotNull().WithMessage("Select the service area");
        RuleFor(m => m.Band).NotNull().WithMessage("Select when the opportunity is expected");
        RuleFor(m => m.Service).NotEmpty().WithMessage("Enter the service");
        RuleFor(m => m.Description).NotEmpty().WithMessage("Enter the commissioning intention");
        RuleFor(m => m.EstimatedValue).Money("Estimated whole-life value");
    }
}

/// <summary>The staff list of the forward plan.</summary>
public sealed record ForwardPlanListViewModel(IReadOnlyList<ForwardPlanEntry> Entries, bool CanEdit);

/// <summary>One intention as the lists and the public page show it.</summary>
public sealed record ForwardPlanEntry(
    int Id, string Organisation, ServiceArea ServiceArea, ForwardPlanBand Band, string Service, string Description, string? TenderTiming,
    string? StartDate, string? TermShape, string? Route, bool ConsultationOnSpecification, bool HelpToFormConsortia, string? SupportNote,
    bool IsPublished)
{
    public string SupportText => string.Join("; ", new[]
    {
        ConsultationOnSpecification ? "Consultation on the specification" : null,
        HelpToFormConsortia ? "Help to form consortia" : null,
        SupportNote,
    }.Where(s => !string.IsNullOrWhiteSpace(s)));

    /// <summary>The forward plan as a download (the public one holds only published intentions).</summary>
    public static LeedsCommissioning.Web.Infrastructure.Exports.ListExport<ForwardPlanEntry> Export { get; } =
        new LeedsCommissioning.Web.Infrastructure.Exports.ListExport<ForwardPlanEntry>("forward-plan", "Forward plan")
            .Text("Service area", e => e.ServiceArea.ToDisplayName(), 26)
            .Text("When", e => e.Band.ToDisplayName(), 20)
            .Text("Service", e => e.Service, 40)
            .Text("Commissioning organisation", e => e.Organisation, 34)
            .Text("Description", e => e.Description, 60)
            .Text("Tender timing", e => e.TenderTiming, 20)
            .Text("Start date", e => e.StartDate, 16)
            .Text("Term", e => e.TermShape, 16)
            .Text("Route", e => e.Route, 26)
            .Text("Support for providers", e => e.SupportText, 40)
            .YesNo("Published", e => e.IsPublished);
}
