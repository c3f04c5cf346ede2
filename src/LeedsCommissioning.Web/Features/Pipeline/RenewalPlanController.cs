using FluentValidation;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Renewals;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Web.Features.Contracts;
using LeedsCommissioning.Web.Infrastructure;
using LeedsCommissioning.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Pipeline;

/// <summary>
/// A contract's renewal intention (issue 14): the first save makes its <see cref="RenewalPlan"/>, later ones change it
/// at the version the form was opened with.
/// </summary>
[Route("pipeline/contracts/{contractId:int}")]
[Authorize(Policies.ManageRenewals)]
public sealed class RenewalPlanController(CommissioningDbContext db, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Edit(int contractId)
    {
        var contract = await db.Contracts.AsNoTracking().Where(c => c.Id == contractId)
            .Select(c => new { c.Id, c.Reference, c.Title, c.CurrentEndDate, c.ResponsibleCommissionerId }).SingleOrDefaultAsync();
        if (contract is null)
        {
            return NotFound();
        }

        var plan = await db.RenewalPlans.AsNoTracking().SingleOrDefaultAsync(p => p.ContractId == contractId);
        var model = RenewalPlanViewModel.From(plan, contract.ResponsibleCommissionerId);
        return View(await WithOptions(model, contractId));
    }

    [HttpPost("")]
    public async Task<IActionResult> Edit(int contractId, RenewalPlanViewModel model, [FromServices] IValidator<RenewalPlanViewModel> validator)
    {
        if (!await db.Contracts.AnyAsync(c => c.Id == contractId))
        {
            return NotFound();
        }

        await WithOptions(model, contractId);
        var plan = await db.RenewalPlans.SingleOrDefaultAsync(p => p.ContractId == contractId);
        await ModelState.ValidateAsync(validator, model);
        var owner = model.OwnerOptions.FirstOrDefault(o => o.Value == model.Owner);
        if (!string.IsNullOrEmpty(model.Owner) && owner is null)
        {
            ModelState.AddModelError(nameof(model.Owner), "Select who owns the decision from the list");
        }

        var decision = new RenewalDecision(model.Intention ?? RenewalIntention.Undecided, model.Route, owner?.Value, owner?.Text,
            model.Evidence, model.EstimatedValueAmount, model.AgreedOnDate);
        var today = clock.UkToday();
        var now = clock.GetUtcNow().UtcDateTime;
        ModelState.AddDomainErrors(Problems(contractId, decision, today, now));
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        if (plan is null)
        {
            db.RenewalPlans.Add(new RenewalPlan(contractId, decision, today, now));
            await db.SaveChangesAsync();
        }
        else if (!await db.TrySaveFormAsync(plan, model.Version, ModelState, "renewal plan", v => model.Version = v, () => plan.Record(decision, today, now)))
        {
            return View(model);
        }

        TempData["Success"] = $"The renewal intention for {model.Contract.Reference} has been saved";
        return Redirect("/pipeline");
    }

    /// <summary>What the plan's rules would refuse, asked before saving so the form shows them with the shape's problems.</summary>
    private static IReadOnlyList<DomainError> Problems(int contractId, RenewalDecision decision, DateOnly today, DateTime now)
    {
        try
        {
            _ = new RenewalPlan(contractId, decision, today, now);
            return [];
        }
        catch (DomainException ex)
        {
            return ex.Errors;
        }
    }

    private async Task<RenewalPlanViewModel> WithOptions(RenewalPlanViewModel model, int contractId)
    {
        var contract = await db.Contracts.AsNoTracking().Where(c => c.Id == contractId)
            .Select(c => new { c.Id, c.Reference, c.Title, c.CurrentEndDate }).SingleAsync();
        model.Contract = new ContractHeading(contract.Id, contract.Reference, contract.Title);
        model.EndDate = contract.CurrentEndDate;
        var extension = await db.ContractExtensions.AsNoTracking()
            .Where(e => e.ContractId == contractId && e.Status == Domain.Contracts.ExtensionStatus.Pending).OrderBy(e => e.Number)
            .Select(e => new { e.Number, e.Months, e.DecideBy }).FirstOrDefaultAsync();
        model.PendingExtension = extension is null ? null : (extension.Number, extension.Months, extension.DecideBy);
        model.OwnerOptions = await ContractChoices.CommissionerUsers(db).OrderBy(u => u.Text).ToListAsync();
        return model;
    }
}
