using FluentValidation;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Web.Infrastructure;
using LeedsCommissioning.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Contracts;

/// <summary>
/// "Change contract details" (issue 19): the short form behind the Change link of the contract details card. Not a
/// recorded change (nothing of value, term or funding), so the audit trail alone keeps it.
/// </summary>
[Route("contracts/{id:int}/change-details")]
[Authorize(Policies.ManageContracts)]
public sealed class ContractDetailsController(CommissioningDbContext db, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> ChangeDetails(int id)
    {
        var contract = await db.Contracts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id);
        return contract is null ? NotFound() : View(await WithOptions(ChangeDetailsViewModel.From(contract, Now), contract));
    }

    [HttpPost("")]
    public async Task<IActionResult> ChangeDetails(int id, ChangeDetailsViewModel model, [FromServices] IValidator<ChangeDetailsViewModel> validator)
    {
        var contract = await db.Contracts.Include(c => c.Providers).ThenInclude(p => p.Provider).SingleOrDefaultAsync(c => c.Id == id);
        if (contract is null)
        {
            return NotFound();
        }

        await WithOptions(model, contract);
        if (!await ModelState.ValidateAsync(validator, model) || !await ReferenceIsFree(model, id))
        {
            return View(model);
        }

        var commissioner = await ContractChoices.CommissionerUsers(db).Where(u => u.Value == model.ResponsibleCommissionerId).FirstOrDefaultAsync();
        if (!await db.TrySaveFormAsync(contract, model.Version, ModelState, "contract", v => model.Version = v, () =>
            {
                contract.UpdateSummary(model.Reference!, model.Title!, model.Description, model.ServiceArea!.Value, model.CommissioningOrganisationId!.Value,
                    model.AgreementType!.Value, model.PaymentMechanism!.Value, model.ProcurementRoute!.Value);
                if (model.ResponsibleCommissionerId != ContractChoices.KeepCommissioner)
                {
                    contract.AssignCommissioner(
                        commissioner?.Value ?? throw new DomainException("Select the responsible commissioner from the list", nameof(model.ResponsibleCommissionerId)),
                        commissioner.Text);
                }

                contract.RequireSmallShare(ContractDetailsRules.Percent(model.RequiredSmallShare));
            }, new DateTime(model.OpenedAtTicks, DateTimeKind.Utc)))
        {
            model.OpenedAtTicks = Now.Ticks;
            return View(model);
        }

        TempData["Success"] = $"The details of {contract.Reference} have been changed";
        return Redirect($"/contracts/{id}");
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private async Task<bool> ReferenceIsFree(ChangeDetailsViewModel model, int id)
    {
        var reference = model.Reference!.Trim().ToUpperInvariant();
        if (await db.Contracts.AnyAsync(c => c.Reference == reference && c.Id != id))
        {
            ModelState.AddModelError(nameof(model.Reference), $"There is already a contract with the reference {reference}: enter a different reference");
            return false;
        }

        return true;
    }

    private async Task<ChangeDetailsViewModel> WithOptions(ChangeDetailsViewModel model, Contract contract)
    {
        model.Contract = ContractHeading.Of(contract);
        model.OrganisationOptions = await ContractChoices.CommissioningOrganisationsAsync(db);
        model.CommissionerOptions = await ContractChoices.CommissionersAsync(db, contract);
        return model;
    }
}
