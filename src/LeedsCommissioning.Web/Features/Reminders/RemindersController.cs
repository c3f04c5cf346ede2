using FluentValidation;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Infrastructure.Identity;
using LeedsCommissioning.Infrastructure.Reminders;
using LeedsCommissioning.Web.Infrastructure;
using LeedsCommissioning.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Reminders;

/// <summary>A person's own reminders (issue 14): which kinds come by e-mail, and clearing one from the home page.</summary>
[Route("account/reminders")]
[Authorize(Policies.SignedIn)]
public sealed class RemindersController(CommissioningDbContext db, UserManager<ApplicationUser> users, TimeProvider clock) : Controller
{
    private string UserId => users.GetUserId(User)!;

    [HttpGet("")]
    public async Task<IActionResult> Preferences()
    {
        var off = await db.ReminderEmailOptOuts.Where(o => o.UserId == UserId).Select(o => o.Kind).ToListAsync();
        return View(new ReminderPreferencesViewModel
        {
            ByEmail = ReminderKindNames.All.Select(k => k.ToString()).Where(k => !off.Contains(k)).ToList(),
        });
    }

    [HttpPost("")]
    public async Task<IActionResult> Preferences(ReminderPreferencesViewModel model, [FromServices] IValidator<ReminderPreferencesViewModel> validator)
    {
        if (!await ModelState.ValidateAsync(validator, model))
        {
            return View(model);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.ReminderEmailOptOuts.Where(o => o.UserId == UserId).ExecuteDeleteAsync();
        db.ReminderEmailOptOuts.AddRange(ReminderKindNames.All.Select(k => k.ToString()).Where(k => !model.ByEmail.Contains(k))
            .Select(k => new ReminderEmailOptOut { UserId = UserId, Kind = k, ChosenAtUtc = now }));
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        TempData["Success"] = "Your reminder choices have been saved";
        return Redirect("/account/reminders");
    }

    /// <summary>The person's own reminders as their home page lists them (undismissed, by due date): never anyone else's.</summary>
    [HttpGet("export.csv")]
    public async Task<IActionResult> ExportCsv() => ReminderExportRow.Export.Csv(await ExportRowsAsync(), clock.UkToday());

    [HttpGet("export.xlsx")]
    public async Task<IActionResult> ExportXlsx() => ReminderExportRow.Export.Xlsx(await ExportRowsAsync(), clock.UkToday());

    /// <summary>The rows of the home page's list, each link as a full address so that it opens from a spreadsheet.</summary>
    private async Task<IEnumerable<ReminderExportRow>> ExportRowsAsync() =>
        (await db.ForAsync(UserId, clock.UkToday())).Rows.Select(r => new ReminderExportRow(r, $"{Request.Scheme}://{Request.Host}{r.Link}"));

    /// <summary>Clears one of the person's own reminders from their home page; anyone else's, or one already cleared, is left as it is.</summary>
    [HttpPost("dismiss")]
    public async Task<IActionResult> Dismiss(long id)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var dismissed = await db.Reminders.Where(r => r.Id == id && r.UserId == UserId && r.DismissedAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.DismissedAtUtc, now));
        if (dismissed == 1)
        {
            TempData["Success"] = "Reminder dismissed";
        }

        return Redirect("/");
    }
}
