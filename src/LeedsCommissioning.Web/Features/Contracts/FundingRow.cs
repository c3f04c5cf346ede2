using System.ComponentModel.DataAnnotations;
using LeedsCommissioning.Domain.Contracts;

namespace LeedsCommissioning.Web.Features.Contracts;

public sealed class FundingRow
{
    [Display(Name = "Funder")]
    public int? FunderOrganisationId { get; set; }

    [Display(Name = "Or another partner's name")]
    public string? PartnerName { get; set; }

    [Display(Name = "Funding stream")]
    public FundingStream? Stream { get; set; }

    [Display(Name = "Annual amount")]
    public string? AnnualAmount { get; set; }

    public bool IsBlank => FunderOrganisationId is null && string.IsNullOrWhiteSpace(PartnerName) && string.IsNullOrWhiteSpace(AnnualAmount);
}
