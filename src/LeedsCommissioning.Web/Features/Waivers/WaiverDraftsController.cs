using FluentValidation;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Decisions;
using LeedsCommissioning.Domain.Waivers;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Web.Infrastructure;
using LeedsCommissioning.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Waivers;

/// <summary>A waiver's request form: a new draft, changes to a draft, and a new version to correct a decided waiver.</summary>
public sealed class WaiverDraftsController(CommissioningDbContext db, DecisionRules rules, TimeProvider clock, IAuthorizationService authorization)
    : WaiverControllerBase(db, rules, clock, authorization)
{
    [HttpGet("new")]
    [Authorize(Policies.RecordWaivers)]
    public async Task<IActionResult> New() => View("Form", await WithOptions(new WaiverFormViewModel
    {
        ReportDate = TagHelpers.GovUk.DateInputModel.From(Today),
        RulesWaived = [ContractProcedureRules.Competition, ContractProcedureRules.ThreeWrittenTenders],
    }));

    [HttpPost("new")]
    [Authorize(Policies.RecordWaivers)]
    public async Task<IActionResult> New(WaiverFormViewModel model, [FromServices] IValidator<WaiverFormViewModel> validator)
    {
        model.Id = null;
        if (!await ModelState.ValidateAsync(validator, model))
        {
            return View("Form", await WithOptions(model));
        }

        var waiver = new CprWaiver(model.Subject!, UserId, User.DisplayName(), Today);
        try
        {
            waiver.UpdateDraft(model.ToDraft());
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex);
            return View("Form", await WithOptions(model));
        }

        Db.CprWaivers.Add(waiver);
        await Db.SaveChangesAsync();
        TempData["Success"] = "Draft waiver saved";
        TempData["SuccessBody"] = "You can come back to it at any time. Submit it for a decision when every section is complete.";
        return Redirect($"/waivers/{waiver.Id}");
    }

    [HttpGet("{id}/edit")]
    [Authorize(Policies.RecordWaivers)]
    public async Task<IActionResult> Edit(int id)
    {
        var waiver = await Load(id, tracked: false);
        if (waiver is null)
        {
            return NotFound();
        }

        if (!waiver.IsEditable)
        {
            return ReadOnly(waiver);
        }

        return View("Form", await WithOptions(WaiverFormViewModel.From(waiver)));
    }

    [HttpPost("{id}/edit")]
    [Authorize(Policies.RecordWaivers)]
    public async Task<IActionResult> Edit(int id, WaiverFormViewModel model, [FromServices] IValidator<WaiverFormViewModel> validator)
    {
        model.Id = id;
        var waiver = await Load(id, tracked: true);
        if (waiver is null)
        {
            return NotFound();
        }

        if (waiver.Version == model.Version && !waiver.IsEditable)
        {
            return ReadOnly(waiver);
        }

        if (waiver.Version == model.Version && !await ModelState.ValidateAsync(validator, model))
        {
            return View("Form", await WithOptions(model));
        }

        // A refused save keeps everything the person typed, and takes the latest version so saving again replaces the other person's changes.
        if (!await Db.TrySaveFormAsync(waiver, model.Version, ModelState, "waiver", v => model.Version = v, () => waiver.UpdateDraft(model.ToDraft())))
        {
            return View("Form", await WithOptions(model));
        }

        TempData["Success"] = "Draft waiver saved";
        return Redirect($"/waivers/{id}");
    }

    [HttpPost("{id}/new-version")]
    [Authorize(Policies.RecordWaivers)]
    public async Task<IActionResult> NewVersion(int id)
    {
        var waiver = await Load(id, tracked: true);
        if (waiver is null)
        {
            return NotFound();
        }

        try
        {
            var next = waiver.StartCorrection(UserId, User.DisplayName(), Today);
            Db.CprWaivers.Add(next);
            await Db.SaveChangesAsync();
            TempData["Success"] = $"Version {next.VersionNumber} started";
            TempData["SuccessBody"] = $"Version {waiver.VersionNumber} and its decision are kept. Correct this version and submit it for a new decision.";
            return Redirect($"/waivers/{next.Id}/edit");
        }
        catch (DomainException ex)
        {
            TempData["Error"] = ex.Message;
            return Redirect($"/waivers/{id}");
        }
    }
}
