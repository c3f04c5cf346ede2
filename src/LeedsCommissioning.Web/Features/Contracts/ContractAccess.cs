using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Security;
using LeedsCommissioning.Web.Security;

namespace LeedsCommissioning.Web.Features.Contracts;

/// <summary>Who may see which contracts, and today's date, for the contracts screens.</summary>
public static class ContractAccess
{
    /// <summary>
    /// The contracts this person may open: every one for staff; for a provider user only those their
    /// organisation takes part in; none for anyone else. Use it wherever a contract is read by id.
    /// </summary>
    public static IQueryable<Contract> VisibleTo(this IQueryable<Contract> contracts, System.Security.Claims.ClaimsPrincipal user)
    {
        if (user.ProviderId() is { } providerId && user.IsInRole(Roles.ProviderUser))
        {
            return contracts.TakingPart(providerId);
        }

        return SeesEveryContract(user) ? contracts : contracts.Where(_ => false);
    }

    /// <summary>Whether <see cref="VisibleTo"/> lets this person open every contract (staff who are not a provider's users).</summary>
    public static bool SeesEveryContract(System.Security.Claims.ClaimsPrincipal user) =>
        !(user.ProviderId() is not null && user.IsInRole(Roles.ProviderUser)) && Roles.Staff.Any(user.IsInRole);
}
