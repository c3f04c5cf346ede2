using FluentValidation;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Renewals;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Web.Features.Contracts;
using LeedsCommissioning.Web.Infrastructure;
using LeedsCommissioning.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Pipeline;

/// <summary>
/// The forward plan (issue 14; domain.md section 8a, MPS Appendix B): commissioners keep the commissioning intentions
/// and publish them; the public page at /forward-plan shows the published ones per service area in the two bands.
/// </summary>
public sealed class ForwardPlanController(CommissioningDbContext db, TimeProvider clock, IAuthorizationService authorization) : Controller
{
    [HttpGet("/forward-plan")]
    [AllowAnonymous]
    public async Task<IActionResult> Public() => View("PublicForwardPlan", await EntriesAsync(publishedOnly: true));

    [HttpGet("/pipeline/forward-plan")]
    [Authorize(Policies.ViewPipeline)]
    public async Task<IActionResult> Index() => View("ForwardPlan", new ForwardPlanListViewModel(await EntriesAsync(publishedOnly: false),
        (await authorization.AuthorizeAsync(User, Policies.ManageRenewals)).Succeeded));

    /// <summary>The published forward plan as a CSV file or an Excel workbook: anyone may download what the public page shows.</summary>
    [HttpGet("/forward-plan/export.csv")]
    [AllowAnonymous]
    public async Task<IActionResult> PublicCsv() => ForwardPlanEntry.Export.Csv(await EntriesAsync(publishedOnly: true), clock.UkToday());

    [HttpGet("/forward-plan/export.xlsx")]
    [AllowAnonymous]
    public async Task<IActionResult> PublicXlsx() => ForwardPlanEntry.Export.Xlsx(await EntriesAsync(publishedOnly: true), clock.UkToday());

    /// <summary>Every intention, published or not, for staff, as the staff list shows them.</summary>
    [HttpGet("/pipeline/forward-plan/export.csv")]
    [Authorize(Policies.ViewPipeline)]
    public async Task<IActionResult> Csv() => ForwardPlanEntry.Export.Csv(await EntriesAsync(publishedOnly: false), clock.UkToday());

    [HttpGet("/pipeline/forward-plan/export.xlsx")]
    [Authorize(Policies.ViewPipeline)]
    public async Task<IActionResult> Xlsx() => ForwardPlanEntry.Export.Xlsx(await EntriesAsync(publishedOnly: false), clock.UkToday());

    [HttpGet("/pipeline/forward-plan/new")]
    [Authorize(Policies.ManageRenewals)]
    public async Task<IActionResult> New() => View("ForwardPlanForm", await WithOptions(new ForwardPlanViewModel()));

    [HttpPost("/pipeline/forward-plan/new")]
    [Authorize(Policies.ManageRenewals)]
    public async Task<IActionResult> New(ForwardPlanViewModel model, [FromServices] IValidator<ForwardPlanViewModel> validator)
    {
        await WithOptions(model);
        if (!await ModelState.ValidateAsync(validator, model))
        {
            return View("ForwardPlanForm", model);
        }

        try
        {
            db.ForwardPlanIntentions.Add(new ForwardPlanIntention(model.Details(), Now));
            await db.SaveChangesAsync();
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex);
            return View("ForwardPlanForm", model);
        }

        TempData["Success"] = $"{model.Service!.Trim()} has been added to the forward plan. It is not published yet.";
        return Redirect("/pipeline/forward-plan");
    }

    [HttpGet("/pipeline/forward-plan/{id:int}")]
    [Authorize(Policies.ManageRenewals)]
    public async Task<IActionResult> Edit(int id)
    {
        var intention = await db.ForwardPlanIntentions.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id);
        return intention is null ? NotFound() : View("ForwardPlanForm", await WithOptions(ForwardPlanViewModel.From(intention)));
    }

    [HttpPost("/pipeline/forward-plan/{id:int}")]
    [Authorize(Policies.ManageRenewals)]
    public async Task<IActionResult> Edit(int id, ForwardPlanViewModel model, [FromServices] IValidator<ForwardPlanViewModel> validator)
    {
        var intention = await db.ForwardPlanIntentions.SingleOrDefaultAsync(i => i.Id == id);
        if (intention is null)
        {
            return NotFound();
        }

        model.Id = id;
        model.IsPublished = intention.IsPublished;
        await WithOptions(model);
        if (!await ModelState.ValidateAsync(validator, model)
            || !await db.TrySaveFormAsync(intention, model.Version, ModelState, "intention", v => model.Version = v, () => intention.Update(model.Details(), Now)))
        {
            return View("ForwardPlanForm", model);
        }

        TempData["Success"] = $"{intention.Service} has been saved";
        return Redirect("/pipeline/forward-plan");
    }

    [HttpPost("/pipeline/forward-plan/{id:int}/publish")]
    [Authorize(Policies.ManageRenewals)]
    public Task<IActionResult> Publish(int id) => Change(id, i => i.Publish(Now), "is now on the public forward plan");

    [HttpPost("/pipeline/forward-plan/{id:int}/unpublish")]
    [Authorize(Policies.ManageRenewals)]
    public Task<IActionResult> Unpublish(int id) => Change(id, i => i.Unpublish(Now), "is no longer on the public forward plan");

    private async Task<IActionResult> Change(int id, Action<ForwardPlanIntention> change, string done)
    {
        var intention = await db.ForwardPlanIntentions.SingleOrDefaultAsync(i => i.Id == id);
        if (intention is null)
        {
            return NotFound();
        }

        try
        {
            change(intention);
            await db.SaveChangesAsync();
            TempData["Success"] = $"{intention.Service} {done}";
        }
        catch (DomainException ex)
        {
            TempData["Error"] = ex.Message;
        }

        return Redirect("/pipeline/forward-plan");
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private async Task<ForwardPlanViewModel> WithOptions(ForwardPlanViewModel model)
    {
        model.OrganisationOptions = await ContractChoices.CommissioningOrganisationsAsync(db);
        return model;
    }

    private async Task<List<ForwardPlanEntry>> EntriesAsync(bool publishedOnly)
    {
        var entries = await db.ForwardPlanIntentions.AsNoTracking().Where(i => !publishedOnly || i.IsPublished)
            .Select(i => new ForwardPlanEntry(i.Id, i.CommissioningOrganisation!.Name, i.ServiceArea, i.Band, i.Service, i.Description,
                i.TenderTiming, i.StartDate, i.TermShape, i.Route, i.ConsultationOnSpecification, i.HelpToFormConsortia, i.SupportNote, i.IsPublished))
            .ToListAsync();
        return entries.OrderBy(e => e.ServiceArea).ThenBy(e => e.Band).ThenBy(e => e.Id).ToList();
    }
}
