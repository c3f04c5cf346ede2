using LeedsCommissioning.Web.Security;
using Microsoft.AspNetCore.Authorization;

namespace LeedsCommissioning.Web.Infrastructure;

/// <summary>
/// The service navigation: every area of the portal, once, with the policy that lets a person use it.
/// The layout shows only what the signed-in person may use. New features add a line here.
/// </summary>
/// <remarks>
/// Areas that belong together share a section: the service navigation shows the section once (named after it and
/// leading to its first page the person may use), and the section's list pages show its pages as a sub-navigation.
/// Seven or eight links fit one line on a desktop; the fourteen areas did not (docs/patterns.md, "Navigation").
/// A section of which a person may use only one page is shown as that page's own link.
/// </remarks>
public sealed class Navigation(IAuthorizationService authorization, IHttpContextAccessor accessor)
{
    public static IReadOnlyList<NavigationItem> Items { get; } =
    [
        new("Home", "/", null),
        new("Dashboard", "/dashboard", Policies.ViewDashboard),
        new("Your dashboard", "/your-dashboard", Policies.ProviderUser),
        new("Opportunities", "/opportunities", null, OpportunitiesSection),
        new("Your bids", "/your-bids", Policies.ProviderUser, OpportunitiesSection),
        new("Procurement", "/procurement", Policies.Staff, ProcurementSection),
        new("Waivers", "/waivers", Policies.ViewWaivers, ProcurementSection),
        new("Scoring", "/scoring", Policies.ScoreBids, ProcurementSection),
        new("Contracts", "/contracts", Policies.ViewRegister, ContractsSection),
        new("Our contracts", "/our-contracts", Policies.ProviderUser, ContractsSection),
        new("Pipeline", "/pipeline", Policies.ViewPipeline, ContractsSection),
        new("Monitoring", "/monitoring", Policies.ViewMonitoring, ContractsSection),
        new("Decommissioning", "/decommissioning", Policies.ViewDecommissioning, ContractsSection),
        new("Providers", "/providers", Policies.ViewRegister, ContractsSection),
        new("Our organisation", "/our-organisation", Policies.ProviderUser),
        new("Manage users", "/admin/users", Policies.ManageUsers, AdministrationSection),
        new("Open data checks", "/admin/open-data", Policies.ManageUsers, AdministrationSection),
        new("Audit trail", "/admin/audit", Policies.ManageUsers, AdministrationSection),
    ];

    public const string OpportunitiesSection = "Opportunities";
    public const string ProcurementSection = "Procurement";
    public const string ContractsSection = "Contracts";
    public const string AdministrationSection = "Administration";

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

    /// <summary>
    /// The service navigation's links for the signed-in person: each area they may use, with the areas of a section
    /// gathered into one link (in the order of the section's first area).
    /// </summary>
    public async Task<IReadOnlyList<NavigationLink>> LinksAsync()
    {
        var visible = await VisibleAsync();
        var links = new List<NavigationLink>();
        foreach (var item in visible)
        {
            if (item.Section is null)
            {
                links.Add(new NavigationLink(item.Text, item.Href, [item]));
                continue;
            }

            if (links.Any(l => l.Pages[0].Section == item.Section))
            {
                continue;
            }

            var pages = visible.Where(i => i.Section == item.Section).ToList();
            links.Add(pages.Count == 1
                ? new NavigationLink(item.Text, item.Href, pages)
                : new NavigationLink(item.Section, item.Href, pages));
        }

        return links;
    }

    /// <summary>True when <paramref name="path"/> is the item's page or one below it.</summary>
    public static bool IsActive(NavigationItem item, PathString path) =>
        item.Href == "/" ? path == "/" : path.StartsWithSegments(item.Href, StringComparison.OrdinalIgnoreCase);
}
