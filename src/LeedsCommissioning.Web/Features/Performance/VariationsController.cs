using FluentValidation;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Decisions;
using LeedsCommissioning.Domain.Waivers;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Web.Features.Contracts;
using LeedsCommissioning.Web.Infrastructure;
using LeedsCommissioning.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Performance;

/// <summary>
/// Variations (issue 15): the commissioner records a change of scope or service in words, with its value, date and reason
/// (<see cref="Contract.ProposeVariation"/>); when its value is at or above the key-decision threshold it waits for a
/// decision maker, who approves or refuses it on its decision record (<see cref="Contract.DecideChange"/>). The same screen
/// decides a value change from "Change value and funding" that waits for a decision (<see cref="Contract.ChangeValue"/>).
/// </summary>
public sealed class VariationsController(CommissioningDbContext db, TimeProvider clock, DecisionRules decisionRules) : Controller
{
    [HttpGet("contracts/{id:int}/variations/new")]
    [Authorize(Policies.ManageContracts)]
    public async Task<IActionResult> NewVariation(int id)
    {
        var c = await db.Contracts.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id);
        return c is null ? NotFound() : View("Variation", Fill(new VariationViewModel { Version = c.Version }, c));
    }

    [HttpPost("contracts/{id:int}/variations/new")]
    [Authorize(Policies.ManageContracts)]
    public async Task<IActionResult> NewVariation(int id, VariationViewModel model, [FromServices] IValidator<VariationViewModel> validator)
    {
        var c = await db.Contracts.Include(x => x.Changes).ThenInclude(x => x.Decision).AsSplitQuery().SingleOrDefaultAsync(x => x.Id == id);
        if (c is null)
        {
            return NotFound();
        }

        Fill(model, c);
        ContractChange? change = null;
        if (!await ModelState.ValidateAsync(validator, model)
            || !await db.TrySaveFormAsync(c, model.Version, ModelState, "contract", v => model.Version = v,
                () => change = c.ProposeVariation(model.Description, MoneyText.Parse(model.ValueChange), RecordedChange.From(model, User, clock), decisionRules)))
        {
            return View("Variation", model);
        }

        TempData["Success"] = change!.IsAwaitingDecision ? "Variation recorded: it waits for a decision maker's decision" : "Variation recorded";
        if (change.IsAwaitingDecision)
        {
            TempData["SuccessBody"] = $"It increases the whole-life value by {UkTime.Money(change.ValueChange!.Value)}, at or above the key-decision threshold of {UkTime.Money(decisionRules.KeyDecisionThreshold)}, so a decision maker approves or refuses it.";
        }

        return Redirect($"/contracts/{id}/performance");
    }

    [HttpGet("contracts/{id:int}/changes/{changeId:int}/decide")]
    [Authorize(Policies.DecideContractChanges)]
    public async Task<IActionResult> Decide(int id, int changeId)
    {
        var c = await LoadAsync(id, tracked: false);
        var change = c?.Changes.SingleOrDefault(x => x.Id == changeId && x.Decision != null);
        if (c is null || change is null)
        {
            return NotFound();
        }

        if (!change.IsAwaitingDecision)
        {
            TempData["Error"] = "This change has already been decided.";
            return Redirect($"/contracts/{id}/performance");
        }

        return View("DecideChange", await WithFundingAsync(Fill(new DecideChangeViewModel { Version = c.Version, ChangeId = changeId, Change = change }, c)));
    }

    [HttpPost("contracts/{id:int}/changes/{changeId:int}/decide")]
    [Authorize(Policies.DecideContractChanges)]
    public async Task<IActionResult> Decide(int id, int changeId, DecideChangeViewModel model, [FromServices] IValidator<DecideChangeViewModel> validator)
    {
        var c = await LoadAsync(id, tracked: true);
        var change = c?.Changes.SingleOrDefault(x => x.Id == changeId && x.Decision != null);
        if (c is null || change is null)
        {
            return NotFound();
        }

        Fill(model, c);
        model.ChangeId = changeId;
        model.Change = change;
        await WithFundingAsync(model);
        var decider = new Decider(User.UserId(), User.DisplayName(), User.IsInRole(Domain.Security.Roles.DecisionMaker));
        if (!await ModelState.ValidateAsync(validator, model)
            || !await db.TrySaveFormAsync(c, model.Version, ModelState, "contract", v => model.Version = v,
                () => c.DecideChange(changeId, decider, model.Outcome == "approve", model.Reasons, clock.UkToday(), decisionRules)))
        {
            return View("DecideChange", model);
        }

        var what = change.Kind == ContractChangeKind.Value ? "Value change" : "Variation";
        TempData["Success"] = model.Outcome == "approve" ? $"{what} approved" : $"{what} refused";
        TempData["SuccessBody"] = (change.Kind, model.Outcome) switch
        {
            (ContractChangeKind.Value, "approve") => $"The annual value is now {UkTime.Money(c.AnnualValue)} from {UkTime.Date(change.EffectiveDate)}, with the funding recorded with the change. ",
            (ContractChangeKind.Value, _) => $"The annual value stays {UkTime.Money(c.AnnualValue)} and the funding as it was. ",
            _ => "",
        } + "Your decision and reasons are kept on its decision record and shown on the contract's Performance page and in its history.";
        return Redirect($"/contracts/{id}/performance");
    }

    private T Fill<T>(T model, Contract c)
        where T : PerformanceForm
    {
        model.Contract = ContractHeading.Of(c);
        if (model is VariationViewModel variation)
        {
            variation.DecisionThreshold = decisionRules.KeyDecisionThreshold;
            variation.EffectiveDateHint =
                $"Between {UkTime.Date(c.StartDate)} and {UkTime.Date(c.CurrentEndDate)}, for example {RecordedChange.HintText(RecordedChange.ExampleDate(clock, c.StartDate, c.CurrentEndDate))}";
        }

        return model;
    }

    /// <summary>A value change's proposed funding in words: funder, stream and annual amount.</summary>
    private async Task<DecideChangeViewModel> WithFundingAsync(DecideChangeViewModel model)
    {
        var lines = model.Change!.ProposedFunding;
        var ids = lines.Where(l => l.FunderOrganisationId is not null).Select(l => l.FunderOrganisationId!.Value).ToList();
        var names = await db.CommissioningOrganisations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name);
        model.ProposedFunding = lines.Select(l =>
            $"{(l.FunderOrganisationId is { } id ? names.GetValueOrDefault(id, "") : l.PartnerName)}, {l.Stream.ToDisplayName()}: {UkTime.Money(l.AnnualAmount)} a year").ToList();
        return model;
    }

    /// <summary>The contract with its changes and decisions, and what approving a value change applies to (funding, extensions, providers).</summary>
    private Task<Contract?> LoadAsync(int id, bool tracked)
    {
        var query = db.Contracts.Include(x => x.Changes).ThenInclude(x => x.Decision).Include(x => x.Funding).Include(x => x.Extensions)
            .Include(x => x.Providers).ThenInclude(p => p.Provider).AsSplitQuery();
        return (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(x => x.Id == id);
    }
}
