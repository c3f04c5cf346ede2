using System.Globalization;
using FluentValidation;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Organisations;
using LeedsCommissioning.Domain.Security;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Web.Infrastructure;
using LeedsCommissioning.Web.Security;
using LeedsCommissioning.Web.TagHelpers.GovUk;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Contracts;

/// <summary>
/// Commissioners add a contract to the register (issue 4, "Create"): one form, in sections; the rules live on
/// <see cref="Contract"/>. An existing contract is changed a part at a time, each part on its own short form
/// (ContractDetailsController, ContractValueController, ContractTermController, ContractProvidersController;
/// issue 19), never through this one.
/// </summary>
[Route("contracts")]
[Authorize(Policies.ManageContracts)]
public sealed class ContractEditorController(CommissioningDbContext db) : Controller
{
    [HttpGet("new")]
    public async Task<IActionResult> New() =>
        Form(await WithOptions(new ContractFormViewModel { Status = ContractStatus.Planned }));

    [HttpPost("new")]
    public async Task<IActionResult> New(ContractFormViewModel model, [FromServices] IValidator<ContractFormViewModel> validator)
    {
        model.Status = ContractStatus.Planned;
        await WithOptions(model);
        if (!await IsReadyToSave(model, validator))
        {
            return Form(model);
        }

        var contract = await TryApply(model, () => new Contract(model.Reference!, model.Title!, model.ServiceArea!.Value,
            model.CommissioningOrganisationId!.Value, model.AgreementType!.Value, model.PaymentMechanism!.Value,
            model.ProcurementRoute!.Value, model.StartDate.ToDateOnly()!.Value, model.InitialEndDate.ToDateOnly()!.Value,
            MoneyText.Parse(model.AnnualValue)!.Value));
        if (contract is null)
        {
            return Form(model);
        }

        db.Contracts.Add(contract);
        await db.SaveChangesAsync();
        TempData["Success"] = $"{contract.Reference} {contract.Title} has been added to the register";
        return Redirect($"/contracts/{contract.Id}");
    }

    private ViewResult Form(ContractFormViewModel model)
    {
        model.PadRows();
        return View("ContractForm", model);
    }

    /// <summary>An "Add another" press re-renders with more rows and no errors; otherwise validate, and check the reference is free.</summary>
    private async Task<bool> IsReadyToSave(ContractFormViewModel model, IValidator<ContractFormViewModel> validator)
    {
        if (model.Add is not null)
        {
            ModelState.Clear();
            return false;
        }

        if (!await ModelState.ValidateAsync(validator, model))
        {
            return false;
        }

        var reference = model.Reference!.Trim().ToUpperInvariant();
        if (await db.Contracts.AnyAsync(c => c.Reference == reference))
        {
            ModelState.AddModelError(nameof(model.Reference), $"There is already a contract with the reference {reference}: enter a different reference");
            return false;
        }

        return true;
    }

    /// <summary>Calls the entity's methods with the form's values. Returns null (with the refusal on its field) when a rule says no.</summary>
    private async Task<Contract?> TryApply(ContractFormViewModel model, Func<Contract> contractFor)
    {
        var providerIds = model.Providers.Where(p => !p.IsBlank).Select(p => p.ProviderId!.Value).ToList();
        var providers = await db.Providers.Where(p => providerIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id);
        var commissioner = await ContractChoices.CommissionerUsers(db).Where(u => u.Value == model.ResponsibleCommissionerId).FirstOrDefaultAsync();
        try
        {
            var contract = contractFor();
            if (commissioner is null)
            {
                throw new DomainException("Select the responsible commissioner from the list", nameof(model.ResponsibleCommissionerId));
            }

            contract.AssignCommissioner(commissioner.Value, commissioner.Text);

            ContractForm.Apply(contract, model, providers);
            return contract;
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ContractForm.FieldFor(ex));
            return null;
        }
    }

    private async Task<ContractFormViewModel> WithOptions(ContractFormViewModel model)
    {
        model.OrganisationOptions = await ContractChoices.CommissioningOrganisationsAsync(db);
        model.FunderOptions = await ContractChoices.FundersAsync(db);
        model.ProviderOptions = await ContractChoices.ProvidersAsync(db);
        model.CommissionerOptions = await ContractChoices.CommissionersAsync(db, null);
        return model;
    }
}
