using System.ComponentModel.DataAnnotations;
using LeedsCommissioning.Domain.Contracts;

namespace LeedsCommissioning.Web.Features.Contracts;

public sealed class ProviderRow
{
    [Display(Name = "Provider")]
    public int? ProviderId { get; set; }

    [Display(Name = "Role")]
    public ProviderRole? Role { get; set; }

    [Display(Name = "Annual share")]
    public string? AnnualShare { get; set; }

    public bool IsBlank => ProviderId is null && string.IsNullOrWhiteSpace(AnnualShare);
}
