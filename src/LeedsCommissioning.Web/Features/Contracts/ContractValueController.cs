using FluentValidation;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Decisions;
using LeedsCommissioning.Domain.Renewals;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Web.Infrastructure;
using LeedsCommissioning.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Contracts;

/// <summary>
/// "Change value and funding" (issue 19): a recorded change (<see cref="Contract.ChangeValue"/>) with its effective
/// date and reason, shown in the contract's history and kept for the contract change notice (UK10). A fall in value asks the
/// Compact for Leeds questions (<see cref="CompactCheck"/>) when the lead provider is third sector. An increase at or above
/// the key-decision threshold is sent to a decision maker and changes nothing until approved (issue 15), on the screen
/// variations use (<see cref="Performance.VariationsController.Decide(int, int)"/>).
/// </summary>
[Route("contracts/{id:int}/change-value")]
[Authorize(Policies.ManageContracts)]
public sealed class ContractValueController(CommissioningDbContext db, TimeProvider clock, RenewalRules rules, DecisionRules decisionRules) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> ChangeValue(int id)
    {
        var contract = await db.Contracts.AsNoTracking().Include(c => c.Funding).Include(c => c.Providers).ThenInclude(p => p.Provider)
            .Include(c => c.Changes).ThenInclude(c => c.Decision).AsSplitQuery().SingleOrDefaultAsync(c => c.Id == id);
        return contract is null ? NotFound() : Form(await WithFacts(ChangeValueViewModel.From(contract, Now), contract));
    }

    [HttpPost("")]
    public async Task<IActionResult> ChangeValue(int id, ChangeValueViewModel model, [FromServices] IValidator<ChangeValueViewModel> validator)
    {
        var contract = await db.Contracts.Include(c => c.Funding).Include(c => c.Extensions)
            .Include(c => c.Providers).ThenInclude(p => p.Provider).Include(c => c.Changes).ThenInclude(c => c.Decision)
            .AsSplitQuery().SingleOrDefaultAsync(c => c.Id == id);
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

        var valid = await ModelState.ValidateAsync(validator, model);
        var today = clock.UkToday();
        var falls = MoneyText.Parse(model.AnnualValue) is { } typed && typed < contract.AnnualValue;
        var notice = falls ? Decommissioning.CompactNoticeForm.Read(ModelState, model, today, rules) : CompactNotice.None;
        if (!valid || !ModelState.IsValid)
        {
            return Form(model);
        }

        var funding = model.Funding.Where(f => !f.IsBlank).Select(f => new FundingLine(
            f.FunderOrganisationId, f.FunderOrganisationId is null ? f.PartnerName : null, f.Stream!.Value, MoneyText.Parse(f.AnnualAmount)!.Value)).ToList();
        ContractChange? change = null;
        if (!await db.TrySaveFormAsync(contract, model.Version, ModelState, "contract", v => model.Version = v,
                () => change = contract.ChangeValue(MoneyText.Parse(model.AnnualValue)!.Value, funding, RecordedChange.From(model, User, clock),
                    decisionRules, new CompactContext(notice, today, rules)),
                new DateTime(model.OpenedAtTicks, DateTimeKind.Utc)))
        {
            model.OpenedAtTicks = Now.Ticks;
            return Form(model);
        }

        if (change!.IsAwaitingDecision)
        {
            TempData["Success"] = "Sent to a decision maker: the value changes when approved";
            TempData["SuccessBody"] = $"{change.Description}, from {UkTime.Date(change.EffectiveDate)}, raises the whole-life value by {UkTime.Money(change.ValueChange!.Value)}, at or above the key-decision threshold of {UkTime.Money(decisionRules.KeyDecisionThreshold)}. Until a decision maker approves it, the annual value stays {UkTime.Money(contract.AnnualValue)} and the funding as it was; if they refuse it, nothing changes.";
            return Redirect($"/contracts/{id}/funding");
        }

        TempData["Success"] = $"{change.Description}, from {UkTime.Date(change.EffectiveDate)}. The whole-life value is now {UkTime.Money(contract.WholeLifeValue)}.";
        return Redirect($"/contracts/{id}/funding");
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private ViewResult Form(ChangeValueViewModel model)
    {
        model.PadRows();
        return View("ChangeValue", model);
    }

    private async Task<ChangeValueViewModel> WithFacts(ChangeValueViewModel model, Contract contract)
    {
        model.Contract = ContractHeading.Of(contract);
        model.Status = contract.Status;
        model.CurrentAnnualValue = contract.AnnualValue;
        model.CurrentWholeLifeValue = contract.WholeLifeValue;
        model.DecisionThreshold = decisionRules.KeyDecisionThreshold;
        model.AwaitingDecision = contract.ValueChangeAwaitingDecision?.Description;
        model.StartDate = contract.StartDate;
        model.EndDate = contract.CurrentEndDate;
        model.ExampleDate = RecordedChange.ExampleDate(clock, contract.StartDate, contract.CurrentEndDate);
        model.FunderOptions = await ContractChoices.FundersAsync(db);
        model.CompactChecks = CompactCheck.For(contract, FundingChangeKind.Reduction, model.EffectiveDate.ToDateOnly() ?? clock.UkToday(),
            new CompactNotice(model.CompactGivenOn.ToDateOnly(), model.CompactHow, null), clock.UkToday(), rules);
        return model;
    }
}
