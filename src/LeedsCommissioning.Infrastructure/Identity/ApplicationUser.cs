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

    /// <summary>
    /// The lock-out end an administrator sets when they lock an account. Lock-outs for wrong passwords
    /// end after minutes; this one lasts until an administrator unlocks the account.
    /// </summary>
    public static readonly DateTimeOffset LockedByAdministrator = DateTimeOffset.MaxValue;

    /// <summary>Compared loosely: a database may store the end with less precision than .NET (PostgreSQL keeps microseconds).</summary>
    public bool IsLockedByAdministrator => LockoutEnd >= LockedByAdministrator.AddDays(-1);
}
