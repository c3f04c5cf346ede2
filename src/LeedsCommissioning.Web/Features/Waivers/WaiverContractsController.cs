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

/// <summary>
/// An approved waiver whose contract was not created at approval: a commissioner or procurement officer
/// creates it later, by the same rules (issue 5: approval leads to the contract, linked both ways).
/// </summary>
public sealed class WaiverContractsController(CommissioningDbContext db, DecisionRules rules, TimeProvider clock, IAuthorizationService authorization)
    : WaiverControllerBase(db, rules, clock, authorization)
{
    [HttpGet("{id}/create-contract")]
    [Authorize(Policies.RecordWaivers)]
    public async Task<IActionResult> CreateContract(int id)
    {
        var waiver = await Load(id, tracked: false);
        if (waiver is null)
        {
            return NotFound();
        }

        return CannotCreateContract(waiver) is { } reason
            ? Refuse(id, reason)
            : View(new CreateContractViewModel
            {
                Waiver = waiver,
                Version = waiver.Version,
                ContractStart = TagHelpers.GovUk.DateInputModel.From(Today.AddDays(1)),
            });
    }

    [HttpPost("{id}/create-contract")]
    [Authorize(Policies.RecordWaivers)]
    public async Task<IActionResult> CreateContract(int id, CreateContractViewModel model, [FromServices] IValidator<CreateContractViewModel> validator)
    {
        var waiver = await Load(id, tracked: true);
        if (waiver is null)
        {
            return NotFound();
        }

        model.Waiver = waiver;
        if (waiver.Version == model.Version && CannotCreateContract(waiver) is { } reason)
        {
            return Refuse(id, reason);
        }

        if (!await ModelState.ValidateAsync(validator, model))
        {
            return View(model);
        }

        Domain.Contracts.Contract? contract = null;
        await using var transaction = await Db.Database.BeginTransactionAsync();
        var saved = await Db.SaveVersionedAsync(waiver, model.Version, () =>
        {
            contract = waiver.CreateContract(waiver.SupplierForContract(waiver.Provider), model.ServiceArea!.Value, model.ContractStart.ToDateOnly()!.Value);
            Db.Contracts.Add(contract);
        });
        if (!saved.Saved)
        {
            return Refuse(id, saved.Explain("waiver"));
        }

        waiver.LinkContract(contract!.Id);
        await Db.SaveChangesAsync();
        await transaction.CommitAsync();
        TempData["Success"] = "Contract created in the register";
        TempData["SuccessBody"] = $"Contract {contract.Reference} is a direct award under this CPR waiver.";
        return Redirect($"/waivers/{id}");
    }

    /// <summary>The waiver's own rule (<see cref="CprWaiver.EnsureCanCreateContract"/>), as the message to show.</summary>
    private static string? CannotCreateContract(CprWaiver waiver)
    {
        try
        {
            waiver.EnsureCanCreateContract();
            return null;
        }
        catch (DomainException ex)
        {
            return ex.Message;
        }
    }
}
