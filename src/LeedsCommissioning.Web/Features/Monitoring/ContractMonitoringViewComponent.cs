using LeedsCommissioning.Domain.Monitoring;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Web.Infrastructure;
using LeedsCommissioning.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Monitoring;

/// <summary>One measure over the quarters: its figure each quarter, and the current financial year to date.</summary>
public sealed record MeasureHistory(OutcomeMeasure Measure, IReadOnlyList<(FinancialQuarter Quarter, decimal? Value)> Quarters, MeasureProgress YearToDate);

/// <summary>A reviewed or submitted quarter with its rating, for the contract's monitoring history.</summary>
public sealed record QuarterRating(int ReturnId, FinancialQuarter Quarter, ReturnStatus Status, bool Late, Rag? Rating, string? Reason);

public sealed class ContractMonitoringViewModel
{
    public required int ContractId { get; init; }

    public MonitoringPlan? Plan { get; init; }

    public required IReadOnlyList<MeasureHistory> Measures { get; init; }

    public required IReadOnlyList<QuarterRating> Quarters { get; init; }

    public IReadOnlyList<MonitoringEvidence> Evidence { get; init; } = [];

    public bool CanManage { get; init; }

    public bool IsProvider { get; init; }

    /// <summary>
    /// A measure over the quarters as the shared chart (docs/patterns.md, "Charts"): a line of the actual figures and one of
    /// the target, with the same figures in a table beneath it, as the issue asks for the contract's monitoring tab.
    /// </summary>
    /// <summary>"How well has the service delivered? Target 10 days a quarter; lower is better."</summary>
    public static string Describe(OutcomeMeasure m) =>
        $"{MonitoringNames.Question(m.Question)} Target {ReturnPageViewModel.Amount(m.QuarterlyTarget, m.Unit)} a quarter; {MonitoringNames.Direction(m.Direction).ToLowerInvariant()}.";

    public static ChartModel Chart(MeasureHistory history)
    {
        var m = history.Measure;
        return new ChartModel($"measure-{m.Id}", m.Name, ChartKind.Line, m.Unit == "%" ? ChartUnit.Percentage : ChartUnit.Count, "Quarter",
            history.Quarters.Select(q => q.Quarter.Label).ToList(),
            [new ChartSeries("Actual", history.Quarters.Select(q => q.Value).ToList()), new ChartSeries("Target", history.Quarters.Select(_ => (decimal?)m.QuarterlyTarget).ToList())])
        {
            Description = Describe(m),
            TableBeneath = true,
            HeadingLevel = 4,
            CountOf = m.Unit,
        };
    }
}

/// <summary>
/// The contract page's Monitoring section (issue 15): each measure over time, with the same data as a table, the quarters'
/// ratings and, for staff, the evidence. A provider's users see it only for contracts their organisation leads.
/// </summary>
public sealed class ContractMonitoringViewComponent(CommissioningDbContext db, TimeProvider clock, IAuthorizationService authorization) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int contractId)
    {
        var user = HttpContext.User;
        var visible = await db.Contracts.MonitoredBy(user).AnyAsync(c => c.Id == contractId);
        if (!visible)
        {
            return View("NotLead");
        }

        var model = await MonitoringHistory.ReadAsync(db, contractId, Domain.Common.UkTime.UkToday(clock));
        return View("ContractMonitoring", new ContractMonitoringViewModel
        {
            ContractId = contractId,
            Plan = model.Plan,
            Measures = model.Measures,
            Quarters = model.Quarters,
            Evidence = MonitoringQueries.IsProvider(user) ? [] : await db.EvidenceAsync(contractId),
            CanManage = (await authorization.AuthorizeAsync(user, Policies.ReviewMonitoring)).Succeeded,
            IsProvider = MonitoringQueries.IsProvider(user),
        });
    }
}

/// <summary>
/// The service's monitoring history for an extension or renewal decision (issue 15; domain.md section 7, MPS Appendix B:
/// "where services are demonstrably high quality and delivering the requirements of the contract, extensions will be
/// invoked where there is provision to do so"): each quarter with its rating and a link to the return. Staff only.
/// </summary>
public sealed class MonitoringHistoryViewComponent(CommissioningDbContext db, TimeProvider clock) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int contractId)
    {
        var model = await MonitoringHistory.ReadAsync(db, contractId, Domain.Common.UkTime.UkToday(clock));
        return View("MonitoringHistory", new ContractMonitoringViewModel { ContractId = contractId, Plan = model.Plan, Measures = model.Measures, Quarters = model.Quarters });
    }
}

/// <summary>The reads behind both views: a contract's plan, its measures quarter by quarter, and its quarters' ratings.</summary>
public static class MonitoringHistory
{
    public static async Task<(MonitoringPlan? Plan, IReadOnlyList<MeasureHistory> Measures, IReadOnlyList<QuarterRating> Quarters)> ReadAsync(
        CommissioningDbContext db, int contractId, DateOnly today)
    {
        var plan = await db.MonitoringPlans.AsNoTracking().Include(p => p.Measures).SingleOrDefaultAsync(p => p.ContractId == contractId);
        var returns = await db.QuarterlyReturns.AsNoTracking().Include(r => r.Actuals).Include(r => r.Review).AsSplitQuery()
            .Where(r => r.ContractId == contractId).OrderBy(r => r.QuarterKey).ToListAsync();
        var submitted = returns.Where(r => !r.IsDraft).ToList();
        var thisYear = FinancialQuarter.Of(today).FirstOfYear.Key;
        var measures = plan?.Measures.OrderBy(m => m.Question).ThenBy(m => m.Number).Select(m =>
        {
            var quarters = submitted.Select(r => (r.Quarter, r.Actuals.FirstOrDefault(a => a.OutcomeMeasureId == m.Id)?.Value)).ToList();
            var yearToDate = MeasureProgress.YearToDateOf(m.Aggregation, m.Direction, m.QuarterlyTarget,
                submitted.Where(r => r.QuarterKey >= thisYear).Select(r => r.Actuals.FirstOrDefault(a => a.OutcomeMeasureId == m.Id)?.Value));
            return new MeasureHistory(m, quarters, yearToDate);
        }).ToList() ?? [];
        var ratings = returns.OrderByDescending(r => r.QuarterKey)
            .Select(r => new QuarterRating(r.Id, r.Quarter, r.Status, r.SubmittedLate || (r.IsDraft && today > r.DueOn), r.Review?.Rating, r.Review?.RatingReason)).ToList();
        return (plan, measures, ratings);
    }
}
