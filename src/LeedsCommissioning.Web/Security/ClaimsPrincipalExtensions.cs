using System.Globalization;
using System.Security.Claims;
using LeedsCommissioning.Infrastructure.Identity;

namespace LeedsCommissioning.Web.Security;

public static class ClaimsPrincipalExtensions
{
    /// <summary>The provider organisation a provider user belongs to, or null for everyone else.</summary>
    public static int? ProviderId(this ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(AppClaimTypes.ProviderId), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    /// <summary>The commissioning organisation (council directorate or NHS body) a member of staff belongs to, or null.</summary>
    public static int? CommissioningOrganisationId(this ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(AppClaimTypes.CommissioningOrganisationId), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    /// <summary>The signed-in person's role (each account has one), or "" for none.</summary>
    public static string Role(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.Role) ?? "";

    /// <summary>The signed-in person's user id (Identity's name identifier claim).</summary>
    public static string UserId(this ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";

    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue(AppClaimTypes.DisplayName) ?? user.Identity?.Name ?? "";
}
