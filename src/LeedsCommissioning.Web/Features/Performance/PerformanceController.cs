using FluentValidation;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Performance;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Web.Features.Contracts;
using LeedsCommissioning.Web.Infrastructure;
using LeedsCommissioning.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Performance;

/// <summary>
/// The commissioner keeps a contract's performance record (issue 15): its key performance indicators (added or changed
/// after award), each indicator's rating for a contract year, and breaches or persistent poor performance with the steps
/// taken. Each form saves through the contract (<see cref="Contract"/>'s performance methods) and returns to its
/// Performance page.
/// </summary>
[Route("contracts/{id:int}/performance")]
[Authorize(Policies.ManageContracts)]
public sealed class PerformanceController(CommissioningDbContext db, TimeProvider clock, PerformanceRules rules) : Controller
{
    [HttpGet("kpis/new")]
    public async Task<IActionResult> AddKpi(int id) =>
        await LoadAsync(id, tracked: false) is { } c ? View("Kpi", Fill(new KpiFormViewModel { Version = c.Version }, c)) : NotFound();

    [HttpPost("kpis/new")]
    public async Task<IActionResult> AddKpi(int id, KpiFormViewModel model, [FromServices] IValidator<KpiFormViewModel> validator)
    {
        model.KpiId = null;
        return await SaveKpiAsync(id, model, validator, c => c.AddKpi(Line(model)), "Key performance indicator added");
    }

    [HttpGet("kpis/{kpiId:int}/change")]
    public async Task<IActionResult> ChangeKpi(int id, int kpiId)
    {
        var c = await LoadAsync(id, tracked: false);
        var kpi = c?.Kpis.SingleOrDefault(k => k.Id == kpiId);
        return c is null || kpi is null
            ? NotFound()
            : View("Kpi", Fill(new KpiFormViewModel { Version = c.Version, KpiId = kpiId, Name = kpi.Name, Measure = kpi.Measure, Target = kpi.Target }, c));
    }

    [HttpPost("kpis/{kpiId:int}/change")]
    public async Task<IActionResult> ChangeKpi(int id, int kpiId, KpiFormViewModel model, [FromServices] IValidator<KpiFormViewModel> validator)
    {
        model.KpiId = kpiId;
        return await SaveKpiAsync(id, model, validator, c => c.ChangeKpi(kpiId, Line(model)), "Key performance indicator changed");
    }

    /// <summary>
    /// Removing an indicator that has not been rated (<see cref="Contract.RemoveKpi"/>), on a confirmation page
    /// (docs/patterns.md "Confirming an action"): refused with the GOV.UK error summary when it would leave fewer than the
    /// dated rule asks for (domain.md section 9, "three key performance indicators when over £5m").
    /// </summary>
    [HttpGet("kpis/{kpiId:int}/remove")]
    public async Task<IActionResult> RemoveKpi(int id, int kpiId)
    {
        var c = await LoadAsync(id, tracked: false);
        var kpi = c?.Kpis.SingleOrDefault(k => k.Id == kpiId);
        return c is null || kpi is null ? NotFound() : View("ConfirmAction", await ConfirmRemovalAsync(c, kpi, c.Version));
    }

    [HttpPost("kpis/{kpiId:int}/remove")]
    public async Task<IActionResult> RemoveKpi(int id, int kpiId, int version)
    {
        var c = await LoadAsync(id, tracked: true);
        var kpi = c?.Kpis.SingleOrDefault(k => k.Id == kpiId);
        if (c is null || kpi is null)
        {
            return NotFound();
        }

        var model = await ConfirmRemovalAsync(c, kpi, version);
        var requirement = await PerformanceSection.RequirementAsync(db, c, rules);
        if (!await db.TrySaveFormAsync(c, version, ModelState, "contract", v => model.Version = v, () => c.RemoveKpi(kpiId, requirement)))
        {
            // The page has no field to link to: the refusal is a message of the error summary.
            if (ModelState.TryGetValue("Kpis", out var refused))
            {
                var messages = refused.Errors.Select(e => e.ErrorMessage).ToList();
                ModelState.Remove("Kpis");
                messages.ForEach(m => ModelState.AddModelError("", m));
            }

            return View("ConfirmAction", model);
        }

        TempData["Success"] = $"“{model.Caption}” removed";
        return Redirect($"/contracts/{id}/performance");
    }

    private async Task<Shared.ConfirmActionViewModel> ConfirmRemovalAsync(Contract c, KeyPerformanceIndicator kpi, int version)
    {
        var requirement = await PerformanceSection.RequirementAsync(db, c, rules);
        var left = c.Kpis.Count - 1;
        return new Shared.ConfirmActionViewModel
        {
            Caption = kpi.Name,
            Question = "Are you sure you want to remove this key performance indicator?",
            WhatHappens =
            [
                $"“{kpi.Name}” (target: {kpi.Target}) is no longer on {c.Title}'s Performance page or in its contract details notice (UK7)",
                $"the contract is left with {left} key performance {(left == 1 ? "indicator" : "indicators")}" + (requirement is { } r
                    ? $"; a contract worth more than {UkTime.Money(r.ValueOver)} needs at least {r.Minimum} (Procurement Act 2023)"
                    : ""),
            ],
            Warning = kpi.Ratings.Count > 0 ? "It has been rated, so it cannot be removed: its ratings are part of the contract's performance record." : null,
            Action = $"/contracts/{c.Id}/performance/kpis/{kpi.Id}/remove",
            Version = version,
            Button = "Remove the indicator",
            ButtonIsWarning = true,
            CancelHref = $"/contracts/{c.Id}/performance",
        };
    }

    [HttpGet("kpis/{kpiId:int}/rate")]
    public async Task<IActionResult> Rate(int id, int kpiId, int? year)
    {
        var c = await LoadAsync(id, tracked: false);
        var kpi = c?.Kpis.SingleOrDefault(k => k.Id == kpiId);
        if (c is null || kpi is null)
        {
            return NotFound();
        }

        var existing = year is { } y ? kpi.RatingFor(y) : null;
        var model = new RateKpiViewModel
        {
            Version = c.Version, KpiId = kpiId, Year = year, Rating = existing?.Rating, Note = existing?.Note,
            RatedOn = existing is null ? new() : TagHelpers.GovUk.DateInputModel.From(existing.RatedOn),
        };
        return View("Rate", FillRate(model, c, kpi));
    }

    [HttpPost("kpis/{kpiId:int}/rate")]
    public async Task<IActionResult> Rate(int id, int kpiId, RateKpiViewModel model, [FromServices] IValidator<RateKpiViewModel> validator)
    {
        var c = await LoadAsync(id, tracked: true);
        var kpi = c?.Kpis.SingleOrDefault(k => k.Id == kpiId);
        if (c is null || kpi is null)
        {
            return NotFound();
        }

        FillRate(model, c, kpi);
        if (!await ModelState.ValidateAsync(validator, model)
            || !await db.TrySaveFormAsync(c, model.Version, ModelState, "contract", v => model.Version = v,
                () => c.RateKpi(kpiId, model.Year!.Value, model.Rating!.Value, model.RatedOn.ToDateOnly()!.Value, model.Note,
                    User.UserId(), User.DisplayName(), clock.UkToday())))
        {
            return View("Rate", model);
        }

        TempData["Success"] = $"“{kpi.Name}” rated {model.Rating!.Value.ToDisplayName().ToLowerInvariant()} for contract year {model.Year}";
        return Redirect($"/contracts/{id}/performance");
    }

    [HttpGet("failures/new")]
    public async Task<IActionResult> RecordFailure(int id) =>
        await LoadAsync(id, tracked: false) is { } c ? View("Failure", Fill(new FailureViewModel { Version = c.Version }, c)) : NotFound();

    [HttpPost("failures/new")]
    public async Task<IActionResult> RecordFailure(int id, FailureViewModel model, [FromServices] IValidator<FailureViewModel> validator)
    {
        var c = await LoadAsync(id, tracked: true);
        if (c is null)
        {
            return NotFound();
        }

        Fill(model, c);
        if (!await ModelState.ValidateAsync(validator, model)
            || !await db.TrySaveFormAsync(c, model.Version, ModelState, "contract", v => model.Version = v,
                () => c.RecordFailure(model.Kind!.Value, model.OccurredOn.ToDateOnly()!.Value, model.Description, model.StepsTaken,
                    User.UserId(), User.DisplayName(), clock.GetUtcNow().UtcDateTime, clock.UkToday())))
        {
            return View("Failure", model);
        }

        TempData["Success"] = $"{model.Kind!.Value.ToDisplayName()} recorded";
        return Redirect($"/contracts/{id}/performance");
    }

    private async Task<IActionResult> SaveKpiAsync(int id, KpiFormViewModel model, IValidator<KpiFormViewModel> validator, Action<Contract> change, string done)
    {
        var c = await LoadAsync(id, tracked: true);
        if (c is null || (model.KpiId is { } kpiId && c.Kpis.All(k => k.Id != kpiId)))
        {
            return NotFound();
        }

        Fill(model, c);
        if (!await ModelState.ValidateAsync(validator, model)
            || !await db.TrySaveFormAsync(c, model.Version, ModelState, "contract", v => model.Version = v, () => change(c)))
        {
            return View("Kpi", model);
        }

        TempData["Success"] = done;
        return Redirect($"/contracts/{id}/performance");
    }

    private static KpiLine Line(KpiFormViewModel model) => new(model.Name, model.Measure, model.Target);

    private static T Fill<T>(T model, Contract c)
        where T : PerformanceForm
    {
        model.Contract = ContractHeading.Of(c);
        return model;
    }

    private RateKpiViewModel FillRate(RateKpiViewModel model, Contract c, KeyPerformanceIndicator kpi)
    {
        Fill(model, c);
        model.KpiName = kpi.Name;
        model.KpiTarget = kpi.Target;
        model.YearOptions = RateKpiViewModel.Years(c.StartDate, c.ContractYearCount, clock.UkToday());
        return model;
    }

    private Task<Contract?> LoadAsync(int id, bool tracked)
    {
        var query = db.Contracts.Include(c => c.Kpis).ThenInclude(k => k.Ratings).Include(c => c.Failures).AsSplitQuery();
        return (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(c => c.Id == id);
    }
}
