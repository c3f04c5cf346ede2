using LeedsCommissioning.Domain.Security;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Web.Features.Procurement;
using LeedsCommissioning.Web.Features.Reminders;
using LeedsCommissioning.Web.Infrastructure;
using LeedsCommissioning.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Home;

public sealed class HomeController(
    CommissioningDbContext db, Navigation navigation, IAuthorizationService authorization, TimeProvider clock,
    IEnumerable<IWorkSource> sources) : Controller
{
    /// <summary>
    /// The public landing page, or the signed-in person's home page for their role: what needs them now, from every
    /// feature's <see cref="IWorkSource"/> (issue 15), their reminders and what awaits their approval, then what they can do.
    /// </summary>
    [HttpGet("/")]
    [AllowAnonymous]
    public async Task<IActionResult> Index()
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return View("Landing");
        }

        // Who they are from their sign-in's claims (AppUserClaimsPrincipalFactory; refreshed by the security stamp
        // validator), not two more queries for their account and roles on every home page.
        var userId = User.UserId();
        var role = User.Role();
        var providerId = User.ProviderId();
        var organisationId = User.CommissioningOrganisationId();
        var organisation = providerId is { } provider
            ? await db.Providers.Where(p => p.Id == provider).Select(p => p.Name).FirstOrDefaultAsync()
            : organisationId is { } commissioning
                ? await db.CommissioningOrganisations.Where(o => o.Id == commissioning).Select(o => o.Name).FirstOrDefaultAsync()
                : null;
        var tasks = (await navigation.VisibleAsync()).Where(i => i.Href != "/").ToList();
        // An approver's home page lists what others have submitted for their approval (issue 11).
        var awaiting = (await authorization.AuthorizeAsync(User, Policies.ApproveOpportunities)).Succeeded
            ? await db.AwaitingApprovalOfAsync(userId)
            : null;
        // The person's own reminders (issue 14): for staff always, for anyone else when they have some.
        var reminders = await db.ForAsync(userId, clock.UkToday());
        var showReminders = reminders.Rows.Count > 0 || (await authorization.AuthorizeAsync(User, Policies.Staff)).Succeeded;
        var person = new WorkFor(User, userId, providerId, organisationId, clock.UkToday(), clock.GetUtcNow().UtcDateTime);
        var work = new List<WorkGroup>();
        foreach (var source in sources)
        {
            if (await source.ForAsync(person, HttpContext.RequestAborted) is { Count: > 0 } group)
            {
                work.Add(group);
            }
        }

        return View(new HomeViewModel(User.DisplayName(), Roles.Describe(role), HomeViewModel.HeadingFor(role), organisation, tasks, awaiting,
            showReminders ? reminders : null)
        {
            Work = work.OrderBy(g => g.Order).ThenBy(g => g.Heading, StringComparer.Ordinal).ToList(),
        });
    }
}
