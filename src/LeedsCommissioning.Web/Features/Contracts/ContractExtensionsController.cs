using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Renewals;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Web.Infrastructure;
using LeedsCommissioning.Web.Security;
using LeedsCommissioning.Web.TagHelpers.GovUk;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Contracts;

/// <summary>
/// Commissioners record an optional extension as taken or declined (domain.md section 2, "Record ...
/// whether it was taken"), on a confirmation page asking the date of the decision. Declining ends the funding on the current
/// end date, so the page asks the Compact for Leeds questions (<see cref="CompactCheck"/>) when a third-sector organisation is on the contract.
/// </summary>
[Authorize(Policies.ManageContracts)]
[Route("contracts/{id:int}/extensions/{number:int}")]
public sealed class ContractExtensionsController(CommissioningDbContext db, TimeProvider clock, RenewalRules rules) : Controller
{
    [HttpGet("take")]
    public Task<IActionResult> Take(int id, int number) => Confirm(id, number, "take");

    [HttpGet("decline")]
    public Task<IActionResult> Decline(int id, int number) => Confirm(id, number, "decline");

    [HttpPost("take")]
    public Task<IActionResult> Take(int id, int number, ExtensionDecisionViewModel model) => Decide(id, number, "take", model);

    [HttpPost("decline")]
    public Task<IActionResult> Decline(int id, int number, ExtensionDecisionViewModel model) => Decide(id, number, "decline", model);

    private async Task<IActionResult> Confirm(int id, int number, string decision)
    {
        var contract = await db.Contracts.AsNoTracking().Include(c => c.Extensions).Include(c => c.Providers).ThenInclude(p => p.Provider)
            .AsSplitQuery().SingleOrDefaultAsync(c => c.Id == id);
        var model = contract is null ? null : Describe(contract, number, decision, new ExtensionDecisionViewModel { DecidedOn = DateInputModel.From(clock.UkToday()), Version = contract.Version });
        return model is null ? NotFound() : View("Decide", model);
    }

    private async Task<IActionResult> Decide(int id, int number, string decision, ExtensionDecisionViewModel posted)
    {
        var contract = await db.Contracts.Include(c => c.Extensions).Include(c => c.Funding).Include(c => c.Providers).ThenInclude(p => p.Provider)
            .AsSplitQuery().SingleOrDefaultAsync(c => c.Id == id);
        var model = contract is null ? null : Describe(contract, number, decision, posted);
        if (model is null)
        {
            return NotFound();
        }

        if (!posted.DecidedOn.TryGetDate(out var decidedOn))
        {
            ModelState.AddModelError(nameof(model.DecidedOn), posted.DecidedOn.IsEmpty
                ? "Enter the date of the decision" : "Date of the decision must be a real date");
        }
        else if (decidedOn > clock.UkToday())
        {
            ModelState.AddModelError(nameof(model.DecidedOn), "Date of the decision must be today or in the past");
        }

        var today = clock.UkToday();
        var notice = model.Taking ? CompactNotice.None : Decommissioning.CompactNoticeForm.Read(ModelState, model, today, rules);
        if (!ModelState.IsValid)
        {
            return View("Decide", model);
        }

        var saved = await db.SaveVersionedAsync(contract!, posted.Version, () =>
        {
            if (model.Taking)
            {
                contract!.TakeExtension(number, decidedOn);
            }
            else
            {
                contract!.DeclineExtension(number, decidedOn, new CompactContext(notice, today, rules));
            }
        });
        if (!saved.Saved)
        {
            ModelState.AddModelError("", saved.Explain("contract"));
            model.Version = saved.Version;
            return View("Decide", model);
        }

        TempData["Success"] = model.Taking
            ? $"Extension {number} taken: {contract!.Reference} now ends on {UkTime.Date(contract.CurrentEndDate)}"
            : $"Extension {number} declined: {contract!.Reference} ends on {UkTime.Date(contract.CurrentEndDate)}";
        return Redirect($"/contracts/{id}/term");
    }

    private ExtensionDecisionViewModel? Describe(Contract contract, int number, string decision, ExtensionDecisionViewModel model)
    {
        var extension = contract.Extensions.FirstOrDefault(e => e.Number == number);
        if (extension is null)
        {
            return null;
        }

        model.ContractId = contract.Id;
        model.Reference = contract.Reference;
        model.Title = contract.Title;
        model.Number = number;
        model.Months = extension.Months;
        model.DecideBy = extension.DecideBy;
        model.CurrentEndDate = contract.CurrentEndDate;
        model.EndDateIfTaken = Term.Extend(contract.CurrentEndDate, extension.Months);
        model.Decision = decision;
        model.CompactChecks = model.Taking ? [] : CompactCheck.For(contract, FundingChangeKind.DeclinedExtension, contract.CurrentEndDate,
            new CompactNotice(model.CompactGivenOn.ToDateOnly(), model.CompactHow, null), clock.UkToday(), rules);
        return model;
    }
}
