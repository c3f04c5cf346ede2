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

/// <summary>"Change term and extensions" (issue 19): a recorded change (<see cref="Contract.ChangeTerm"/>) with its effective date and reason.</summary>
[Route("contracts/{id:int}/change-term")]
[Authorize(Policies.ManageContracts)]
public sealed class ContractTermController(CommissioningDbContext db, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> ChangeTerm(int id)
    {
        var contract = await db.Contracts.AsNoTracking().Include(c => c.Extensions).SingleOrDefaultAsync(c => c.Id == id);
        return contract is null ? NotFound() : View(WithFacts(ChangeTermViewModel.From(contract, Now), contract));
    }

    [HttpPost("")]
    public async Task<IActionResult> ChangeTerm(int id, ChangeTermViewModel model, [FromServices] IValidator<ChangeTermViewModel> validator)
    {
        var contract = await db.Contracts.Include(c => c.Extensions).SingleOrDefaultAsync(c => c.Id == id);
        if (contract is null)
        {
            return NotFound();
        }

        WithFacts(model, contract);
        if (!await ModelState.ValidateAsync(validator, model))
        {
            return View(model);
        }

        (int, DateOnly)? added = model.NewExtension.IsBlank
            ? null
            : (NumberText.WholeNumber(model.NewExtension.Months)!.Value, model.NewExtension.DecideBy.ToDateOnly()!.Value);
        ContractChange? change = null;
        if (!await db.TrySaveFormAsync(contract, model.Version, ModelState, "contract", v => model.Version = v,
                () => change = contract.ChangeTerm(model.StartDate.ToDateOnly()!.Value, model.InitialEndDate.ToDateOnly()!.Value,
                    model.RemoveExtensions, added, RecordedChange.From(model, User, clock)),
                new DateTime(model.OpenedAtTicks, DateTimeKind.Utc)))
        {
            model.OpenedAtTicks = Now.Ticks;
            FieldsOf(ModelState);
            return View(model);
        }

        TempData["Success"] = $"{change!.Description}, from {UkTime.Date(change.EffectiveDate)}.";
        return Redirect($"/contracts/{id}/term");
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>The entity's field names as this form calls them (a refusal about the new extension lands on it).</summary>
    private static void FieldsOf(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary modelState)
    {
        foreach (var (from, to) in new[] { ("Months", "NewExtension.Months"), ("DecideBy", "NewExtension.DecideBy"), (nameof(Contract.Extensions), nameof(ChangeTermViewModel.RemoveExtensions)) })
        {
            if (modelState.TryGetValue(from, out var entry) && entry.Errors.Count > 0)
            {
                foreach (var error in entry.Errors.ToList())
                {
                    modelState.AddModelError(to, error.ErrorMessage);
                }

                modelState.Remove(from);
            }
        }
    }

    private ChangeTermViewModel WithFacts(ChangeTermViewModel model, Contract contract)
    {
        model.Contract = ContractHeading.Of(contract);
        model.CurrentEndDate = contract.CurrentEndDate;
        model.Extensions = ContractPageViewModel.ExtensionRowsOf(contract);
        model.ExampleDate = RecordedChange.ExampleDate(clock, contract.StartDate, contract.CurrentEndDate);
        return model;
    }
}
