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

/// <summary>"Change providers" (issue 19): the short form behind the Change link of the providers card (<see cref="Contract.SetProviders"/>).</summary>
[Route("contracts/{id:int}/change-providers")]
[Authorize(Policies.ManageContracts)]
public sealed class ContractProvidersController(CommissioningDbContext db, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> ChangeProviders(int id)
    {
        var contract = await db.Contracts.AsNoTracking().Include(c => c.Providers).ThenInclude(p => p.Provider).SingleOrDefaultAsync(c => c.Id == id);
        return contract is null ? NotFound() : Form(await WithFacts(ChangeProvidersViewModel.From(contract, Now), contract));
    }

    [HttpPost("")]
    public async Task<IActionResult> ChangeProviders(int id, ChangeProvidersViewModel model, [FromServices] IValidator<ChangeProvidersViewModel> validator)
    {
        var contract = await db.Contracts.Include(c => c.Providers).ThenInclude(p => p.Provider).SingleOrDefaultAsync(c => c.Id == id);
        if (contract is null)
        {
            return NotFound();
        }

        await WithFacts(model, contract);
        if (model.Add is not null)
        {
            ModelState.Clear();
            return Form(model);
        }

        if (!await ModelState.ValidateAsync(validator, model))
        {
            return Form(model);
        }

        var ids = model.Providers.Where(p => !p.IsBlank).Select(p => p.ProviderId!.Value).ToList();
        var providers = await db.Providers.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id);
        if (!await db.TrySaveFormAsync(contract, model.Version, ModelState, "contract", v => model.Version = v, () => contract.SetProviders(
                model.Providers.Where(p => !p.IsBlank).Select(p => new ContractProviderLine(
                    providers.TryGetValue(p.ProviderId!.Value, out var provider) ? provider : throw new DomainException("Select a provider from the list", "Providers"),
                    p.Role!.Value, p.Role == ProviderRole.Lead ? 0m : MoneyText.Parse(p.AnnualShare)!.Value)).ToList()),
                new DateTime(model.OpenedAtTicks, DateTimeKind.Utc)))
        {
            model.OpenedAtTicks = Now.Ticks;
            return Form(model);
        }

        TempData["Success"] = $"The providers of {contract.Reference} have been changed";
        return Redirect($"/contracts/{id}/providers");
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private ViewResult Form(ChangeProvidersViewModel model)
    {
        model.PadRows();
        return View("ChangeProviders", model);
    }

    private async Task<ChangeProvidersViewModel> WithFacts(ChangeProvidersViewModel model, Contract contract)
    {
        model.Contract = ContractHeading.Of(contract);
        model.AnnualValue = contract.AnnualValue;
        model.ProviderOptions = await ContractChoices.ProvidersAsync(db);
        return model;
    }
}
