using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace LeedsCommissioning.Infrastructure.Identity;

/// <summary>Puts the provider id, display name and organisation on the signed-in principal.</summary>
public sealed class AppUserClaimsPrincipalFactory(
    UserManager<ApplicationUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(AppClaimTypes.DisplayName, user.DisplayName));
        if (user.ProviderId is { } providerId)
        {
            identity.AddClaim(new Claim(AppClaimTypes.ProviderId, providerId.ToString(CultureInfo.InvariantCulture)));
        }

        if (user.CommissioningOrganisationId is { } organisationId)
        {
            identity.AddClaim(new Claim(AppClaimTypes.CommissioningOrganisationId, organisationId.ToString(CultureInfo.InvariantCulture)));
        }

        return identity;
    }
}
