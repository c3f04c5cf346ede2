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

/// <summary>The decision on a submitted waiver (issue 5; domain.md section 4), and the contract an approval can create.</summary>
public sealed class WaiverDecisionsController(CommissioningDbContext db, DecisionRules rules, TimeProvider clock, IAuthorizationService authorization)
    : WaiverControllerBase(db, rules, clock, authorization)
{
    [HttpGet("{id}/decide")]
    [Authorize(Policies.DecideWaivers)]
    public async Task<IActionResult> Decide(int id)
    {
        var waiver = await Load(id, tracked: false);
        if (waiver is null)
        {
            return NotFound();
        }

        return waiver.Status != WaiverStatus.Submitted
            ? ReadOnly(waiver)
            : View(new DecideViewModel
            {
                Waiver = waiver,
                Version = waiver.Version,
                ContractStart = TagHelpers.GovUk.DateInputModel.From(Today.AddDays(1)),
            });
    }

    [HttpPost("{id}/decide")]
    [Authorize(Policies.DecideWaivers)]
    public async Task<IActionResult> Decide(int id, DecideViewModel model, [FromServices] IValidator<DecideViewModel> validator)
    {
        var waiver = await Load(id, tracked: true);
        if (waiver is null)
        {
            return NotFound();
        }

        model.Waiver = waiver;
        if (!await ModelState.ValidateAsync(validator, model))
        {
            return View(model);
        }

        var decider = new Decider(UserId, User.DisplayName(), await Can(Policies.DecideWaivers));
        Domain.Contracts.Contract? contract = null;
        await using var transaction = await Db.Database.BeginTransactionAsync();
        var saved = await Db.SaveVersionedAsync(waiver, model.Version, () =>
        {
            waiver.Decide(decider, model.Outcome == "approve", model.Reasons!, Today, Rules);
            if (waiver.Status == WaiverStatus.Approved && model.CreateContract == true)
            {
                // Approval creates the contract in the register, linked both ways (issue 5; domain.md section 4).
                contract = waiver.CreateContract(waiver.SupplierForContract(waiver.Provider), model.ServiceArea!.Value, model.ContractStart.ToDateOnly()!.Value);
                Db.Contracts.Add(contract);
            }
        });
        if (saved.Refusal is { } refused)
        {
            ModelState.AddModelError(refused.Field == "Approve" ? nameof(model.Outcome) : refused.Field == "OutcomeReasons" ? nameof(model.Reasons) : "", refused.Message);
            return View(model);
        }

        if (saved.Conflict is { } conflict)
        {
            model.Waiver = await Load(id, tracked: false);
            model.Version = saved.Version;
            ModelState.AddModelError("", EditConflicts.Message(conflict, "waiver", EditConflicts.FormNotSaved));
            return View(model);
        }

        if (contract is not null)
        {
            waiver.LinkContract(contract.Id);
            await Db.SaveChangesAsync();
        }

        await transaction.CommitAsync();
        return Redirect($"/waivers/{id}/decide/confirmation");
    }

    /// <summary>The confirmation after recording a decision: the waiver's number, call-in and what happens next.</summary>
    [HttpGet("{id}/decide/confirmation")]
    [Authorize(Policies.DecideWaivers)]
    public async Task<IActionResult> Decided(int id)
    {
        var waiver = await Load(id, tracked: false);
        if (waiver is null)
        {
            return NotFound();
        }

        if (waiver.Status is not (WaiverStatus.Approved or WaiverStatus.Refused))
        {
            return Redirect($"/waivers/{id}");
        }

        var contract = waiver.ContractId is { } contractId
            ? await Db.Contracts.AsNoTracking().Where(c => c.Id == contractId).Select(c => c.Reference).SingleOrDefaultAsync()
            : null;
        return View("Confirmation", WaiverConfirmations.Decided(waiver, contract));
    }
}
