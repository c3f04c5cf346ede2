using LeedsCommissioning.Domain.Security;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Web.Infrastructure;
using LeedsCommissioning.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LeedsCommissioning.Web.Features.Home;

public sealed class HomeController(CommissioningDbContext db, Navigation navigation, TimeProvider clock, KeptHomeWork kept) : Controller
{
    /// <summary>
    /// The public landing page, or the signed-in person's home page for their role: what needs them now, from every
    /// feature's <see cref="IWorkSource"/> (issue 15), their reminders and what awaits their approval, then what they can do.
    /// What is read from the database is kept per person and per version of the data (<see cref="KeptHomeWork"/>): a view
    /// reads the four counters in one command, and the sources again only after a change (docs/benchmarks.md, "Home pages:
    /// session 16").
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
        var key = HomeWorkKey.For(User);
        var today = clock.UkToday();
        var person = new WorkFor(User, key.UserId, key.ProviderId, key.CommissioningOrganisationId, today, clock.GetUtcNow().UtcDateTime);
        var work = await kept.GetAsync(key, await HomeWorkStamp.ReadAsync(db, today, HttpContext.RequestAborted), person);
        var tasks = (await navigation.VisibleAsync()).Where(i => i.Href != "/").ToList();
        return View(new HomeViewModel(User.DisplayName(), Roles.Describe(key.Role), HomeViewModel.HeadingFor(key.Role), work.Organisation, tasks,
            work.AwaitingApproval, work.Reminders)
        {
            Work = work.Work,
        });
    }
}
