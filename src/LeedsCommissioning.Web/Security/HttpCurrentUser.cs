using System.Security.Claims;
using LeedsCommissioning.Infrastructure.Auditing;

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
