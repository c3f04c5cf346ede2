using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Decisions;
using LeedsCommissioning.Domain.Waivers;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Waivers;

/// <summary>
/// What every waiver controller shares (issue 5; domain.md section 4): loading a waiver, today's UK date, the
/// signed-in person, the form's options, and sending the person back to the waiver with a message.
/// </summary>
[Route("waivers")]
[Authorize(Policies.ViewWaivers)]
public abstract class WaiverControllerBase(
    CommissioningDbContext db, DecisionRules rules, TimeProvider clock, IAuthorizationService authorization) : Controller
{
    protected CommissioningDbContext Db => db;

    protected DecisionRules Rules => rules;

    protected DateOnly Today => clock.UkToday();

    protected string UserId => User.UserId();

    protected async Task<CprWaiver?> Load(int id, bool tracked)
    {
        var query = db.CprWaivers.Include(w => w.Decision).Include(w => w.Provider).Include(w => w.CommissioningOrganisation);
        return await (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(w => w.Id == id);
    }

    protected WaiverDetailsViewModel SubmitModel(CprWaiver waiver) => new()
    {
        Waiver = waiver,
        Missing = waiver.MissingSections(rules),
        Versions = [],
        Threshold = rules.ProcurementThresholdOn(waiver.RegisterDate),
        NeedsLegalReview = waiver.NeedsLegalReview(rules),
        CanRecord = true,
    };

    protected IActionResult ReadOnly(CprWaiver waiver)
    {
        TempData["Error"] = waiver.IsDecided
            ? "This waiver has been decided and cannot be changed. Start a new version to correct it."
            : waiver.Status == WaiverStatus.Submitted
                ? "This waiver has been submitted and is waiting for a decision, so it cannot be changed."
                : "This waiver is a draft and has not been submitted for a decision yet.";
        return Redirect($"/waivers/{waiver.Id}");
    }

    protected RedirectResult Refuse(int id, string message)
    {
        TempData["Error"] = message;
        return Redirect($"/waivers/{id}");
    }

    protected async Task<bool> Can(string policy) => (await authorization.AuthorizeAsync(User, policy)).Succeeded;

    protected async Task<List<SelectListItem>> Organisations() =>
        await db.CommissioningOrganisations.AsNoTracking().OrderBy(o => o.Name)
            .Select(o => new SelectListItem(o.Name, o.Id.ToString())).ToListAsync();

    protected async Task<WaiverFormViewModel> WithOptions(WaiverFormViewModel model)
    {
        model.ProviderOptions = await db.Providers.AsNoTracking().OrderBy(p => p.Name)
            .Select(p => new SelectListItem(p.Name, p.Id.ToString())).ToListAsync();
        model.OrganisationOptions = await Organisations();
        model.WardOptions = await db.Wards.AsNoTracking().OrderBy(w => w.Name).Select(w => new SelectListItem(w.Name, w.Name)).ToListAsync();
        var threshold = rules.ProcurementThresholdOn(model.ReportDate.ToDateOnly() ?? Today);
        model.ThresholdNote = threshold is null ? null
            : $"Waivers above the public procurement threshold ({UkTime.Money(threshold.Amount)} on this date) need a legal review before they can be submitted.";
        return model;
    }
}
