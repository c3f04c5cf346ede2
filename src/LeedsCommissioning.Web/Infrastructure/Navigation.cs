using LeedsCommissioning.Web.Security;
using Microsoft.AspNetCore.Authorization;

namespace LeedsCommissioning.Web.Infrastructure;

/// <summary>
/// The service navigation: every area of the portal, once, with the policy that lets a person use it.
/// The layout shows only what the signed-in person may use. New features add a line here.
/// </summary>
public sealed class Navigation(IAuthorizationService authorization, IHttpContextAccessor accessor)
{
    public static IReadOnlyList<NavigationItem> Items { get; } =
    [
        new("Home", "/", null),
        new("Dashboard", "/dashboard", Policies.ViewDashboard),
        new("Your dashboard", "/your-dashboard", Policies.ProviderUser),
        new("Opportunities", "/opportunities", null),
        new("Your bids", "/your-bids", Policies.ProviderUser),
        new("Procurement", "/procurement", Policies.Staff),
        new("Scoring", "/scoring", Policies.ScoreBids),
        new("Contracts", "/contracts", Policies.ViewRegister),
        new("Our contracts", "/our-contracts", Policies.ProviderUser),
        new("Waivers", "/waivers", Policies.ViewWaivers),
        new("Pipeline", "/pipeline", Policies.ViewPipeline),
        new("Decommissioning", "/decommissioning", Policies.ViewDecommissioning),
        new("Monitoring", "/monitoring", Policies.ViewMonitoring),
        new("Providers", "/providers", Policies.ViewRegister),
        new("Our organisation", "/our-organisation", Policies.ProviderUser),
        new("Manage users", "/admin/users", Policies.ManageUsers),
        new("Open data checks", "/admin/open-data", Policies.ManageUsers),
    ];

    public async Task<IReadOnlyList<NavigationItem>> VisibleAsync()
    {
        var user = accessor.HttpContext?.User;
        if (user?.Identity?.IsAuthenticated != true)
        {
            // Public items (no policy) are for everyone; "Home" is the sign-in landing page for anonymous people.
            return Items.Where(i => i.Policy is null && i.Href != "/").ToList();
        }

        var visible = new List<NavigationItem>();
        foreach (var item in Items)
        {
            if (item.Policy is null || (await authorization.AuthorizeAsync(user, item.Policy)).Succeeded)
            {
                visible.Add(item);
            }
        }

        return visible;
    }

    /// <summary>True when <paramref name="path"/> is the item's page or one below it.</summary>
    public static bool IsActive(NavigationItem item, PathString path) =>
        item.Href == "/" ? path == "/" : path.StartsWithSegments(item.Href, StringComparison.OrdinalIgnoreCase);
}
