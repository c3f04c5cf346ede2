using LeedsCommissioning.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LeedsCommissioning.Web.Features.Dashboard;

/// <summary>
/// A provider user's own dashboard (issue 15: "A provider's own dashboard: its contracts, returns due, feedback"). Its own
/// URL, not /dashboard, so each address has one audience and one policy (docs/patterns.md, "Dashboards").
/// </summary>
[Authorize(Policies.ProviderUser)]
public sealed class ProviderDashboardController(DashboardQueries queries) : Controller
{
    [HttpGet("/your-dashboard")]
    public async Task<IActionResult> Index() =>
        View("ProviderDashboard", await queries.ProviderAsync(User.ProviderId()!.Value, HttpContext.RequestAborted));
}
