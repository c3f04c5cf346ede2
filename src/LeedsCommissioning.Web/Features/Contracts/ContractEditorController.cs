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
/// Commissioners create contracts and change them (issue 4, "Create and edit"). One form, in sections;
/// the rules live on <see cref="Contract"/>, whose methods are called in an order that lets a value go
/// up or down together with the shares and funding. A stale form (someone saved since it was opened) is
/// refused with who and when, and re-rendered with everything the user typed.
/// </summary>
[Route("contracts")]
[Authorize(Policies.ManageContracts)]
public sealed class ContractEditorController(CommissioningDbContext db, TimeProvider clock) : Controller
{
    private const string KeepCommissioner = "unchanged";

    [HttpGet("new")]
    public async Task<IActionResult> New() =>
        Form(await WithOptions(new ContractFormViewModel { Status = ContractStatus.Planned, OpenedAtTicks = Now.Ticks }, null));

    [HttpPost("new")]
    public async Task<IActionResult> New(ContractFormViewModel model, [FromServices] IValidator<ContractFormViewModel> validator)
    {
        model.Id = null;
        model.Status = ContractStatus.Planned;
        await WithOptions(model, null);
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

    [HttpGet("{contractId:int}/edit")]
    public async Task<IActionResult> Edit(int contractId)
    {
        var contract = await Load(contractId);
        return contract is null ? NotFound() : Form(await WithOptions(FromContract(contract), contract));
    }

    [HttpPost("{contractId:int}/edit")]
    public async Task<IActionResult> Edit(int contractId, ContractFormViewModel model, [FromServices] IValidator<ContractFormViewModel> validator)
    {
        var contract = await Load(contractId);
        if (contract is null)
        {
            return NotFound();
        }

        model.Id = contractId;
        await WithOptions(model, contract);
        if (!await IsReadyToSave(model, validator))
        {
            return Form(model);
        }

        if (contract.Version == model.Version && await TryApply(model, () => contract) is null)
        {
            return Form(model);
        }

        var saved = await db.SaveVersionedAsync(contract, model.Version, openedAtUtc: new DateTime(model.OpenedAtTicks, DateTimeKind.Utc));
        if (saved.Conflict is { } conflict)
        {
            ModelState.AddModelError("", EditConflicts.Message(conflict, "contract", EditConflicts.FormNotSaved));
            model.Conflict = conflict;
            model.Version = saved.Version;
            model.OpenedAtTicks = Now.Ticks;
            return Form(model);
        }

        TempData["Success"] = $"{contract.Reference} {contract.Title} has been updated";
        return Redirect($"/contracts/{contract.Id}");
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

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
        if (await db.Contracts.AnyAsync(c => c.Reference == reference && c.Id != (model.Id ?? 0)))
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
        var commissioner = model.ResponsibleCommissionerId == KeepCommissioner
            ? null
            : await CommissionerUsers().Where(u => u.Value == model.ResponsibleCommissionerId).FirstOrDefaultAsync();
        try
        {
            var contract = contractFor();
            if (model.ResponsibleCommissionerId != KeepCommissioner)
            {
                if (commissioner is null)
                {
                    throw new DomainException("Select the responsible commissioner from the list", nameof(model.ResponsibleCommissionerId));
                }

                contract.AssignCommissioner(commissioner.Value, commissioner.Text);
            }

            ContractForm.Apply(contract, model, providers);
            return contract;
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ContractForm.FieldFor(ex));
            return null;
        }
    }

    private Task<Contract?> Load(int id) => db.Contracts
        .Include(c => c.Providers).ThenInclude(p => p.Provider)
        .Include(c => c.Funding)
        .Include(c => c.Extensions)
        .AsSplitQuery()
        .SingleOrDefaultAsync(c => c.Id == id);

    private ContractFormViewModel FromContract(Contract c) => new()
    {
        Id = c.Id,
        Version = c.Version,
        OpenedAtTicks = Now.Ticks,
        Reference = c.Reference,
        Title = c.Title,
        Description = c.Description,
        ServiceArea = c.ServiceArea,
        CommissioningOrganisationId = c.CommissioningOrganisationId,
        ResponsibleCommissionerId = c.ResponsibleCommissionerId ?? (c.ResponsibleCommissionerName is null ? null : KeepCommissioner),
        AgreementType = c.AgreementType,
        PaymentMechanism = c.PaymentMechanism,
        ProcurementRoute = c.ProcurementRoute,
        StartDate = DateInputModel.From(c.StartDate),
        InitialEndDate = DateInputModel.From(c.InitialEndDate),
        AnnualValue = c.AnnualValue.ToString("0.00", CultureInfo.InvariantCulture),
        RequiredSmallShare = c.RequiredSmallShare?.ToString("0.##", CultureInfo.InvariantCulture),
        Status = c.Status,
        Providers = c.Providers.OrderBy(p => p.Role).ThenBy(p => p.Provider.Name).Select(p => new ProviderRow
        {
            ProviderId = p.ProviderId,
            Role = p.Role,
            AnnualShare = p.Role == ProviderRole.Lead ? null : p.AnnualShare.ToString("0.00", CultureInfo.InvariantCulture),
        }).ToList(),
        Funding = c.Funding.OrderByDescending(f => f.AnnualAmount).Select(f => new FundingRow
        {
            FunderOrganisationId = f.FunderOrganisationId,
            PartnerName = f.PartnerName,
            Stream = f.Stream,
            AnnualAmount = f.AnnualAmount.ToString("0.00", CultureInfo.InvariantCulture),
        }).ToList(),
    };

    private async Task<ContractFormViewModel> WithOptions(ContractFormViewModel model, Contract? contract)
    {
        var organisations = await db.CommissioningOrganisations.AsNoTracking().OrderBy(o => o.Kind).ThenBy(o => o.Name).ToListAsync();
        model.OrganisationOptions = organisations.Where(o => o.Kind != CommissioningOrganisationKind.OtherPartner)
            .Select(o => new SelectListItem(o.Name, o.Id.ToString(CultureInfo.InvariantCulture))).ToList();
        model.FunderOptions = organisations.Select(o => new SelectListItem(o.Name, o.Id.ToString(CultureInfo.InvariantCulture))).ToList();
        model.ProviderOptions = await db.Providers.AsNoTracking().OrderBy(p => p.Name)
            .Select(p => new SelectListItem(p.Name, p.Id.ToString())).ToListAsync();
        var commissioners = await CommissionerUsers().OrderBy(u => u.Text).ToListAsync();
        if (contract is { ResponsibleCommissionerId: null, ResponsibleCommissionerName: { } name })
        {
            commissioners.Insert(0, new SelectListItem($"{name} (no portal account)", KeepCommissioner));
        }

        model.CommissionerOptions = commissioners;
        model.CurrentStatus = contract?.Status ?? ContractStatus.Planned;
        model.StatusOptions = new[] { model.CurrentStatus }.Concat(ContractLifecycle.Transitions[model.CurrentStatus])
            .Select(s => new SelectListItem(s == model.CurrentStatus ? $"{s.ToDisplayName()} (no change)" : s.ToDisplayName(), s.ToString()))
            .ToList();
        model.ExistingExtensions = contract?.Extensions.OrderBy(e => e.Number)
            .Select(e => new ExistingExtension(e.Number, e.Months, e.DecideBy, e.Status, e.DecidedOn)).ToList() ?? [];
        return model;
    }

    /// <summary>Council and NHS commissioners with an account, as (id, name) items.</summary>
    private IQueryable<SelectListItem> CommissionerUsers() =>
        from u in db.Users
        join ur in db.UserRoles on u.Id equals ur.UserId
        join r in db.Roles on ur.RoleId equals r.Id
        where r.Name == Roles.CouncilCommissioner || r.Name == Roles.CcgCommissioner
        select new SelectListItem { Text = u.DisplayName, Value = u.Id };
}
