using System.ComponentModel.DataAnnotations;
using System.Globalization;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Reference;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace LeedsCommissioning.Web.Features.Contracts;

/// <summary>"Change contract details": what the contract is, who commissions it and how it was bought (issue 19; one part of the contract).</summary>
public sealed class ChangeDetailsViewModel : IContractDetailsFields
{
    /// <summary>The contract's version when the form was opened (optimistic concurrency).</summary>
    public int Version { get; set; }

    /// <summary>When the form was opened (UTC ticks), to say what others changed since.</summary>
    public long OpenedAtTicks { get; set; }

    [Display(Name = "Reference")]
    public string? Reference { get; set; }

    [Display(Name = "Title")]
    public string? Title { get; set; }

    [Display(Name = "Description (optional)")]
    public string? Description { get; set; }

    [Display(Name = "Service area")]
    public ServiceArea? ServiceArea { get; set; }

    [Display(Name = "Commissioning organisation")]
    public int? CommissioningOrganisationId { get; set; }

    [Display(Name = "Responsible commissioner")]
    public string? ResponsibleCommissionerId { get; set; }

    [Display(Name = "Type of agreement")]
    public AgreementType? AgreementType { get; set; }

    [Display(Name = "Payment mechanism")]
    public PaymentMechanism? PaymentMechanism { get; set; }

    [Display(Name = "Procurement route")]
    public ContractAwardRoute? ProcurementRoute { get; set; }

    [Display(Name = "Required share for small community organisations (optional)")]
    public string? RequiredSmallShare { get; set; }

    // Shown, never bound.
    public ContractHeading Contract { get; set; } = new(0, "", "");

    public IReadOnlyList<SelectListItem> OrganisationOptions { get; set; } = [];

    public IReadOnlyList<SelectListItem> CommissionerOptions { get; set; } = [];

    public static ChangeDetailsViewModel From(Contract c, DateTime now) => new()
    {
        Version = c.Version,
        OpenedAtTicks = now.Ticks,
        Reference = c.Reference,
        Title = c.Title,
        Description = c.Description,
        ServiceArea = c.ServiceArea,
        CommissioningOrganisationId = c.CommissioningOrganisationId,
        ResponsibleCommissionerId = c.ResponsibleCommissionerId ?? (c.ResponsibleCommissionerName is null ? null : ContractChoices.KeepCommissioner),
        AgreementType = c.AgreementType,
        PaymentMechanism = c.PaymentMechanism,
        ProcurementRoute = c.ProcurementRoute,
        RequiredSmallShare = c.RequiredSmallShare?.ToString("0.##", CultureInfo.InvariantCulture),
    };
}

/// <summary>The contract a short form changes, for its caption and links.</summary>
public sealed record ContractHeading(int Id, string Reference, string Title)
{
    public static ContractHeading Of(Contract c) => new(c.Id, c.Reference, c.Title);
}
