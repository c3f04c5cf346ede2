using FluentValidation;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Monitoring;
using LeedsCommissioning.Domain.Organisations;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Web.Infrastructure;
using LeedsCommissioning.Web.Security;
using LeedsCommissioning.Web.TagHelpers.GovUk;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Monitoring;

/// <summary>
/// A contract's monitoring plan, kept by commissioners (issue 15; domain.md section 7): its outcome measures, the quality
/// parts (QMF flag, CQC locations, CQUINs, steering group) and the evidence recorded against the contract.
/// </summary>
[Route("monitoring/contracts/{id:int}")]
[Authorize(Policies.ReviewMonitoring)]
public sealed class MonitoringPlanController(CommissioningDbContext db, TimeProvider clock, MonitoringOptions options) : Controller
{
    [HttpGet("plan")]
    public async Task<IActionResult> Plan(int id)
    {
        var contract = await ContractAsync(id);
        if (contract is null)
        {
            return NotFound();
        }

        var plan = await PlanQuery().AsNoTracking().SingleOrDefaultAsync(p => p.ContractId == id);
        var memberIds = plan?.SteeringGroup.Select(m => m.CommissioningOrganisationId).ToList() ?? [];
        var reported = plan is null ? [] : await db.QuarterlyReturns.Where(r => r.ContractId == id).SelectMany(r => r.Actuals)
            .Where(a => a.Value != null).Select(a => a.OutcomeMeasureId).Distinct().ToListAsync();
        return View(new PlanPageViewModel
        {
            Contract = contract,
            Plan = plan,
            SteeringGroupNames = await db.CommissioningOrganisations.Where(o => memberIds.Contains(o.Id)).OrderBy(o => o.Name).Select(o => o.Name).ToListAsync(),
            Evidence = await db.EvidenceAsync(id),
            ReportedMeasureIds = reported.ToHashSet(),
            Commitments = (await db.Contracts.AsNoTracking().Where(c => c.Id == id).SelectMany(c => c.Commitments)
                .Select(c => new { c.Criterion, c.Quantity, c.Unit }).ToListAsync()).Select(c => (c.Criterion, c.Quantity, c.Unit)).ToList(),
        });
    }

    /// <summary>Sets up the plan (without the QMF until the commissioner says so) and opens the current quarter's return.</summary>
    [HttpPost("plan")]
    public async Task<IActionResult> Start(int id)
    {
        if (await ContractAsync(id) is null)
        {
            return NotFound();
        }

        if (!await db.MonitoringPlans.AnyAsync(p => p.ContractId == id))
        {
            db.MonitoringPlans.Add(new MonitoringPlan(id, usesQualityManagementFramework: false));
            await db.SaveChangesAsync();
            TempData["Success"] = "Monitoring plan set up: add its outcome measures";
        }

        return Redirect($"/monitoring/contracts/{id}/plan");
    }

    [HttpGet("plan/measures/new")]
    public async Task<IActionResult> NewMeasure(int id)
    {
        var (contract, plan) = await ContractAndPlanAsync(id, tracked: false);
        return plan is null ? NotFound() : View("Measure", new MeasureFormViewModel { Contract = contract, Version = plan.Version });
    }

    [HttpGet("plan/measures/{number:int}")]
    public async Task<IActionResult> Measure(int id, int number)
    {
        var (contract, plan) = await ContractAndPlanAsync(id, tracked: false);
        var m = plan?.Measures.SingleOrDefault(x => x.Number == number);
        if (m is null)
        {
            return NotFound();
        }

        return View("Measure", new MeasureFormViewModel
        {
            Contract = contract, Number = number, Version = plan!.Version, Question = m.Question, Name = m.Name, Unit = m.Unit,
            QuarterlyTarget = ReturnPageViewModel.Figure(m.QuarterlyTarget), Direction = m.Direction, Aggregation = m.Aggregation,
        });
    }

    [HttpPost("plan/measures/new")]
    public Task<IActionResult> NewMeasure(int id, MeasureFormViewModel model, [FromServices] IValidator<MeasureFormViewModel> validator) =>
        SaveMeasureAsync(id, null, model, validator);

    [HttpPost("plan/measures/{number:int}")]
    public Task<IActionResult> Measure(int id, int number, MeasureFormViewModel model, [FromServices] IValidator<MeasureFormViewModel> validator) =>
        SaveMeasureAsync(id, number, model, validator);

    [HttpPost("plan/measures/{number:int}/remove")]
    public async Task<IActionResult> RemoveMeasure(int id, int number, int version)
    {
        var (_, plan) = await ContractAndPlanAsync(id, tracked: true);
        var measure = plan?.Measures.SingleOrDefault(m => m.Number == number);
        if (measure is null)
        {
            return NotFound();
        }

        var reported = await db.QuarterlyReturns.Where(r => r.ContractId == id).SelectMany(r => r.Actuals).AnyAsync(a => a.OutcomeMeasureId == measure.Id && a.Value != null);
        var unreported = await db.QuarterlyReturns.Where(r => r.ContractId == id).SelectMany(r => r.Actuals).Where(a => a.OutcomeMeasureId == measure.Id).ToListAsync();
        var saved = await db.SaveVersionedAsync(plan!, version, () =>
        {
            plan!.RemoveMeasure(number, reported);
            // Open returns carried an empty line for the measure: it goes with it.
            db.RemoveRange(unreported);
        });
        TempData[saved.Saved ? "Success" : "Error"] = saved.Saved ? $"“{measure.Name}” removed from the plan" : saved.Explain("plan");
        return Redirect($"/monitoring/contracts/{id}/plan");
    }

    [HttpGet("plan/quality")]
    public async Task<IActionResult> Quality(int id)
    {
        var (contract, plan) = await ContractAndPlanAsync(id, tracked: false);
        if (plan is null)
        {
            return NotFound();
        }

        return View(Pad(new QualityFormViewModel
        {
            Contract = contract,
            Version = plan.Version,
            UsesQualityManagementFramework = plan.UsesQualityManagementFramework,
            IsRegulated = plan.IsRegulated,
            Locations = plan.Locations.Select(l => new LocationInput { Name = l.Name, Rating = l.Rating, RatedOn = DateInputModel.From(l.RatedOn) }).ToList(),
            Cquins = plan.Cquins.Select(c => new CquinInput { Name = c.Name, Description = c.Description }).ToList(),
            SteeringGroup = plan.SteeringGroup.Select(m => m.CommissioningOrganisationId).ToList(),
        }));
    }

    [HttpPost("plan/quality")]
    public async Task<IActionResult> Quality(int id, QualityFormViewModel model, [FromServices] IValidator<QualityFormViewModel> validator)
    {
        var (contract, plan) = await ContractAndPlanAsync(id, tracked: true);
        if (plan is null)
        {
            return NotFound();
        }

        model.Contract = contract;
        if (!await ModelState.ValidateAsync(validator, model))
        {
            return View(Pad(model));
        }

        var funders = contract!.Funders.Select(f => f.Id).ToList();
        if (!await db.TrySaveFormAsync(plan, model.Version, ModelState, "plan", v => model.Version = v, () =>
            {
                var errors = new DomainErrors();
                errors.Collect(() => plan.SetRegulation(model.IsRegulated!.Value, model.Locations.Select(l => new CqcLocationLine(l.Name, l.Rating, l.RatedOn.ToDateOnly()))));
                errors.Collect(() => plan.SetCquins(contract.NhsCommissioned, model.Cquins.Select(c => new CquinLine(c.Name, c.Description))));
                errors.Collect(() => plan.SetSteeringGroup(model.SteeringGroup, funders));
                errors.ThrowIfAny();
                plan.UseQualityManagementFramework(model.UsesQualityManagementFramework!.Value);
            }))
        {
            return View(Pad(model));
        }

        TempData["Success"] = "Quality monitoring saved";
        return Redirect($"/monitoring/contracts/{id}/plan");
    }

    [HttpGet("evidence/new")]
    public async Task<IActionResult> Evidence(int id)
    {
        var contract = await ContractAsync(id);
        return contract is null ? NotFound() : View(new EvidenceFormViewModel { Contract = contract });
    }

    [HttpPost("evidence/new")]
    public async Task<IActionResult> Evidence(int id, EvidenceFormViewModel model, [FromServices] IValidator<EvidenceFormViewModel> validator)
    {
        model.Contract = await ContractAsync(id);
        if (model.Contract is null)
        {
            return NotFound();
        }

        if (!await ModelState.ValidateAsync(validator, model))
        {
            return View(model);
        }

        try
        {
            db.MonitoringEvidence.Add(MonitoringEvidence.Record(id, model.Kind, model.ReceivedOn.ToDateOnly(), model.Summary, model.Link, User.DisplayName(),
                clock.UkToday(), clock.GetUtcNow().UtcDateTime));
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex);
            return View(model);
        }

        await db.SaveChangesAsync();
        TempData["Success"] = $"{MonitoringNames.Evidence(model.Kind!.Value)} recorded";
        return Redirect($"/monitoring/contracts/{id}/plan#evidence");
    }

    private async Task<IActionResult> SaveMeasureAsync(int id, int? number, MeasureFormViewModel model, IValidator<MeasureFormViewModel> validator)
    {
        var (contract, plan) = await ContractAndPlanAsync(id, tracked: true);
        if (plan is null || (number is { } n && plan.Measures.All(m => m.Number != n)))
        {
            return NotFound();
        }

        model.Contract = contract;
        model.Number = number;
        if (!await ModelState.ValidateAsync(validator, model))
        {
            return View("Measure", model);
        }

        var target = NumberText.Figure(model.QuarterlyTarget);
        OutcomeMeasure? added = null;
        if (!await db.TrySaveFormAsync(plan, model.Version, ModelState, "plan", v => model.Version = v, () =>
            {
                if (number is { } existing)
                {
                    plan.ChangeMeasure(existing, model.Question, model.Name, model.Unit, target, model.Direction, model.Aggregation);
                }
                else
                {
                    added = plan.AddMeasure(model.Question, model.Name, model.Unit, target, model.Direction, model.Aggregation);
                }
            }))
        {
            return View("Measure", model);
        }

        if (added is not null)
        {
            // Returns still in draft gain a line for the new measure.
            await AddToOpenReturnsAsync(id);
        }

        TempData["Success"] = number is null ? $"“{model.Name!.Trim()}” added to the plan" : $"“{model.Name!.Trim()}” changed";
        return Redirect($"/monitoring/contracts/{id}/plan");
    }

    private async Task AddToOpenReturnsAsync(int contractId)
    {
        var plan = await PlanQuery().AsNoTracking().SingleAsync(p => p.ContractId == contractId);
        var drafts = await db.QuarterlyReturns.Where(r => r.ContractId == contractId && r.Status == ReturnStatus.Draft).Select(r => r.QuarterKey).ToListAsync();
        if (drafts.Count == 0)
        {
            await MonitoringReturnsJob.OpenCurrentQuarterAsync(db, FinancialQuarter.Of(clock.UkToday()), options, contractId, HttpContext.RequestAborted);
            return;
        }

        // Every draft gets a line for each measure of the plan it lacks; its figures stay.
        foreach (var key in drafts)
        {
            var draft = await db.QuarterlyReturns.Include(r => r.Actuals).Include(r => r.SocialValue).AsSplitQuery().SingleAsync(r => r.ContractId == contractId && r.QuarterKey == key);
            draft.AddMeasureLines(plan.Measures.Select(m => m.Id));
        }

        await db.SaveChangesAsync();
    }

    private IQueryable<MonitoringPlan> PlanQuery() =>
        db.MonitoringPlans.Include(p => p.Measures).Include(p => p.Locations).Include(p => p.Cquins).Include(p => p.SteeringGroup).AsSplitQuery();

    private async Task<(PlanContract? Contract, MonitoringPlan? Plan)> ContractAndPlanAsync(int id, bool tracked)
    {
        var contract = await ContractAsync(id);
        if (contract is null)
        {
            return (null, null);
        }

        var query = PlanQuery();
        return (contract, await (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(p => p.ContractId == id));
    }

    private async Task<PlanContract?> ContractAsync(int id)
    {
        var c = await db.Contracts.AsNoTracking().Where(x => x.Id == id)
            .Select(x => new { x.Id, x.Reference, x.Title, Kind = x.CommissioningOrganisation!.Kind }).SingleOrDefaultAsync();
        if (c is null)
        {
            return null;
        }

        var funders = await db.FundingContributions.AsNoTracking().Where(f => f.ContractId == id && f.FunderOrganisationId != null)
            .Join(db.CommissioningOrganisations, f => f.FunderOrganisationId, o => o.Id, (f, o) => new { o.Id, o.Name })
            .Distinct().ToListAsync();
        return new PlanContract(c.Id, c.Reference, c.Title, c.Kind == CommissioningOrganisationKind.Nhs,
            funders.OrderBy(f => f.Name).Select(f => (f.Id, f.Name)).ToList());
    }

    private static QualityFormViewModel Pad(QualityFormViewModel model)
    {
        while (model.Locations.Count < QualityFormViewModel.LocationRows)
        {
            model.Locations.Add(new LocationInput());
        }

        while (model.Cquins.Count < QualityFormViewModel.CquinRows)
        {
            model.Cquins.Add(new CquinInput());
        }

        return model;
    }
}
