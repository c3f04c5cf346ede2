using LeedsCommissioning.Domain.Organisations;
using LeedsCommissioning.Domain.Providers;
using Microsoft.AspNetCore.Identity;

namespace LeedsCommissioning.Infrastructure.Identity;

/// <summary>
/// A person who signs in. Provider users carry the one provider organisation they belong to;
/// council and NHS staff may carry the commissioning organisation they work for.
/// </summary>
public sealed class ApplicationUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    public string? JobTitle { get; set; }

    public int? ProviderId { get; set; }

    public Provider? Provider { get; set; }

    public int? CommissioningOrganisationId { get; set; }

    public CommissioningOrganisation? CommissioningOrganisation { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime? LastSignedInAtUtc { get; set; }
}
