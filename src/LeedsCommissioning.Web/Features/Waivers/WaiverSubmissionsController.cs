using LeedsCommissioning.Domain.Decisions;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Web.Infrastructure;
using LeedsCommissioning.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Waivers;

/// <summary>Submitting a complete draft for a decision (issue 5): every missing section is listed first.</summary>
public sealed class WaiverSubmissionsController(CommissioningDbContext db, DecisionRules rules, TimeProvider clock, IAuthorizationService authorization)
    : WaiverControllerBase(db, rules, clock, authorization)
{
    [HttpGet("{id}/submit")]
    [Authorize(Policies.RecordWaivers)]
    public async Task<IActionResult> Submit(int id)
    {
        var waiver = await Load(id, tracked: false);
        return waiver is null ? NotFound() : !waiver.IsEditable ? ReadOnly(waiver) : View(SubmitModel(waiver));
    }

    [HttpPost("{id}/submit")]
    [Authorize(Policies.RecordWaivers)]
    public async Task<IActionResult> Submit(int id, int version)
    {
        var waiver = await Load(id, tracked: true);
        if (waiver is null)
        {
            return NotFound();
        }

        if (waiver.Version == version && !waiver.IsEditable)
        {
            return ReadOnly(waiver);
        }

        var missing = waiver.Version == version ? waiver.MissingSections(Rules) : [];
        if (missing.Count > 0)
        {
            // Each missing section goes into the error summary (issue 5, "Bad input").
            foreach (var (field, message) in missing)
            {
                ModelState.AddModelError(field, message);
            }

            return View(SubmitModel(waiver));
        }

        var saved = await Db.SaveVersionedAsync(waiver, version, () => waiver.Submit(Today, Rules));
        if (saved.Refusal is { } refusal)
        {
            // A rule that says no (submitted before the report's date) goes into the error summary.
            ModelState.AddDomainError(refusal);
            return View(SubmitModel(waiver));
        }

        if (!saved.Saved)
        {
            return Refuse(id, saved.Explain("waiver"));
        }

        return Redirect($"/waivers/{id}/submit/confirmation");
    }

    /// <summary>The confirmation after submitting: the waiver's number and what happens next.</summary>
    [HttpGet("{id}/submit/confirmation")]
    [Authorize(Policies.RecordWaivers)]
    public async Task<IActionResult> Submitted(int id)
    {
        var waiver = await Load(id, tracked: false);
        return waiver is null ? NotFound()
            : waiver.Status != Domain.Waivers.WaiverStatus.Submitted ? Redirect($"/waivers/{id}")
            : View("Confirmation", WaiverConfirmations.Submitted(waiver));
    }
}
