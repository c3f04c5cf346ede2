using System.Globalization;
using System.Security.Claims;
using LeedsCommissioning.Infrastructure.Auditing;
using LeedsCommissioning.Infrastructure.Identity;

namespace LeedsCommissioning.Web.Security;

/// <summary>The signed-in person, for the audit trail.</summary>
public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    public string? UserId => accessor.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);

    /// <summary>
    /// The signed-in person's name, "anonymous" in a request nobody is signed in to, and null outside a
    /// request (start-up seeding, background work), which the audit trail records as "system".
    /// </summary>
    public string? UserName => accessor.HttpContext is not { } http
        ? null
        : http.User.Identity?.IsAuthenticated == true ? http.User.Identity.Name : "anonymous";
}

public static class ClaimsPrincipalExtensions
{
    /// <summary>The provider organisation a provider user belongs to, or null for everyone else.</summary>
    public static int? ProviderId(this ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(AppClaimTypes.ProviderId), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue(AppClaimTypes.DisplayName) ?? user.Identity?.Name ?? "";
}
