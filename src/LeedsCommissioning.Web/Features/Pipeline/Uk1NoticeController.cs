using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Notices;
using LeedsCommissioning.Domain.Reference;
using LeedsCommissioning.Domain.Renewals;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Web.Features.Contracts;
using LeedsCommissioning.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Pipeline;

/// <summary>
/// The UK1 pipeline notice of one commissioning organisation (issue 14; domain.md section 9: "planned contracts over £2m in
/// the next 18 months, for authorities spending over £100m a year"): its planned procurements, from the renewal plans that
/// intend to recommission a contract ending in the next 18 months and the published short-term forward-plan intentions,
/// over the threshold that applies today (<see cref="RenewalRules.PipelineNoticeThresholdOn"/>), prepared as a
/// <see cref="NoticeDraft"/> with what is missing listed first.
/// </summary>
[Authorize(Policies.ViewPipeline)]
public sealed class Uk1NoticeController(CommissioningDbContext db, RenewalRules rules, TimeProvider clock) : Controller
{
    [HttpGet("/pipeline/uk1-notice")]
    public async Task<IActionResult> Uk1Notice(int? organisation)
    {
        var organisations = await ContractChoices.CommissioningOrganisationsAsync(db);
        var chosen = organisations.FirstOrDefault(o => o.Value == organisation?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var model = new Uk1NoticeViewModel
        {
            Organisations = organisations.Select(o => new SelectListItem(o.Text, o.Value, o.Value == chosen?.Value)).ToList(),
            Months = rules.PipelineNoticeMonths,
        };
        if (chosen is null)
        {
            return View(model);
        }

        var today = clock.UkToday();
        var threshold = rules.PipelineNoticeThresholdOn(today);
        var planned = await PlannedAsync(int.Parse(chosen.Value, System.Globalization.CultureInfo.InvariantCulture), today);
        model.Threshold = threshold;
        model.BelowThreshold = planned.Count(p => p.Value is { } v && threshold is { } t && v < t);
        model.Notice = Draft(chosen.Text, today, threshold, planned.Where(p => p.Value is null || threshold is not { } t || p.Value >= t).ToList());
        return View(model);
    }

    private NoticeDraft Draft(string organisation, DateOnly today, decimal? threshold, IReadOnlyList<PlannedProcurement> planned)
    {
        var until = today.AddMonths(rules.PipelineNoticeMonths);
        var notice = new NoticeDraft(NoticeKind.Uk1Pipeline, $"{organisation}, {UkTime.Date(today)} to {UkTime.Date(until)}")
            .Section("Contracting authority")
            .Required("Name", organisation, "Record the commissioning organisation's name")
            .Required("Period covered", $"{UkTime.Date(today)} to {UkTime.Date(until)}", "Record the period the notice covers")
            .Required("Threshold", threshold is { } t ? $"Estimated value of {UkTime.Money(t)} or more" : null,
                "No UK1 threshold applies today: add one to the dated thresholds (Renewals:PipelineNoticeThresholds)");
        if (planned.Count == 0)
        {
            notice.Block($"No planned procurement over the threshold starts in the next {rules.PipelineNoticeMonths} months: record an intention to recommission on the pipeline, or publish a short-term intention on the forward plan, with its estimated value");
        }

        var number = 0;
        foreach (var p in planned)
        {
            number++;
            notice.Section($"Planned procurement {number}: {p.Title}")
                .Required("Title", p.Title, $"Record the title of planned procurement {number}")
                .Optional("Service area", p.ServiceArea.ToDisplayName())
                .Required("Estimated value", p.Value is { } v ? UkTime.Money(v) : null, $"Record the estimated whole-life value of {p.Title} ({p.Where})")
                .Required("Procurement route", p.Route, $"Record the route of {p.Title} ({p.Where})")
                .Required("Expected contract start", p.Start, $"Record when {p.Title} is expected to start ({p.Where})");
        }

        return notice;
    }

    private async Task<List<PlannedProcurement>> PlannedAsync(int organisation, DateOnly today)
    {
        var lastEnd = today.AddMonths(rules.PipelineNoticeMonths).AddDays(-1);
        var recommissions = await (
                from plan in db.RenewalPlans.AsNoTracking()
                join c in db.Contracts.AsNoTracking() on plan.ContractId equals c.Id
                where plan.Intention == RenewalIntention.Recommission && c.CommissioningOrganisationId == organisation
                      && !PipelineQueries.Final.Contains(c.Status) && c.CurrentEndDate >= today && c.CurrentEndDate <= lastEnd
                orderby c.CurrentEndDate
                select new { c.Id, c.Title, c.ServiceArea, plan.EstimatedValue, plan.Route, c.CurrentEndDate })
            .ToListAsync();
        var intentions = await db.ForwardPlanIntentions.AsNoTracking()
            .Where(i => i.IsPublished && i.Band == ForwardPlanBand.ShortTerm && i.CommissioningOrganisationId == organisation)
            .OrderBy(i => i.Id)
            .Select(i => new { i.Id, i.Service, i.ServiceArea, i.EstimatedValue, i.Route, i.StartDate })
            .ToListAsync();
        return
        [
            .. recommissions.Select(r => new PlannedProcurement(r.Title, r.ServiceArea, r.EstimatedValue, r.Route.ToDisplayName(),
                UkTime.Date(r.CurrentEndDate.AddDays(1)), "its renewal intention on the pipeline")),
            .. intentions.Select(i => new PlannedProcurement(i.Service, i.ServiceArea, i.EstimatedValue, i.Route, i.StartDate,
                "its forward-plan intention")),
        ];
    }

    private sealed record PlannedProcurement(string Title, ServiceArea ServiceArea, decimal? Value, string? Route, string? Start, string Where);
}

public sealed class Uk1NoticeViewModel
{
    public IReadOnlyList<SelectListItem> Organisations { get; set; } = [];

    public int Months { get; set; }

    public decimal? Threshold { get; set; }

    public int BelowThreshold { get; set; }

    public NoticeDraft? Notice { get; set; }
}
