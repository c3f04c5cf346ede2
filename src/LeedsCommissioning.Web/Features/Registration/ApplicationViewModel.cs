using System.ComponentModel.DataAnnotations;
using LeedsCommissioning.Domain.Registration;

namespace LeedsCommissioning.Web.Features.Registration;

public sealed class ApplicationViewModel
{
    public OrganisationApplication Application { get; set; } = null!;

    /// <summary>Providers already in the register with the same name, charity number or company number.</summary>
    public IReadOnlyList<ProviderMatch> PossibleDuplicates { get; set; } = [];

    [Display(Name = "Why is the application rejected?")]
    public string? Reason { get; set; }
}
