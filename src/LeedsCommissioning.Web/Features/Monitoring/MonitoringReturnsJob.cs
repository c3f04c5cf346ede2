using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Monitoring;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Infrastructure.Scheduling;
using LeedsCommissioning.Web.Features.Providers;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Monitoring;

/// <summary>
/// Opens each quarter's return (scheduled job "monitoring-returns", every 6 hours): for every contract being delivered that
/// has a monitoring plan, the return of the current financial quarter, if it is not there yet, so the provider can draft it
/// while the quarter runs. A unique index on (contract, quarter) means a second run or instance adds nothing twice.
/// </summary>
public sealed class MonitoringReturnsJob(CommissioningDbContext db, TimeProvider clock, MonitoringOptions options) : IScheduledJob
{
    public string Name => "monitoring-returns";

    public TimeSpan Interval => TimeSpan.FromHours(6);

    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        var opened = await OpenCurrentQuarterAsync(db, FinancialQuarter.Of(clock.UkToday()), options, null, cancellationToken);
        return $"{opened} quarterly {(opened == 1 ? "return" : "returns")} opened";
    }

    /// <summary>Opens <paramref name="quarter"/>'s return for every delivering contract with a plan (or only <paramref name="contractId"/>) that lacks one.</summary>
    public static async Task<int> OpenCurrentQuarterAsync(
        CommissioningDbContext db, FinancialQuarter quarter, MonitoringOptions options, int? contractId, CancellationToken cancellationToken)
    {
        var key = quarter.Key;
        var plans = await db.MonitoringPlans.Include(p => p.Measures)
            .Where(p => contractId == null || p.ContractId == contractId)
            .Where(p => db.Contracts.Where(ProviderQueries.IsDelivering).Any(c => c.Id == p.ContractId))
            .Where(p => !db.QuarterlyReturns.Any(r => r.ContractId == p.ContractId && r.QuarterKey == key))
            .ToListAsync(cancellationToken);
        if (plans.Count == 0)
        {
            return 0;
        }

        var ids = plans.Select(p => p.ContractId).ToList();
        var commitments = (await db.Contracts.AsNoTracking().Where(c => ids.Contains(c.Id))
                .SelectMany(c => c.Commitments.Select(x => new { x.ContractId, x.Id })).ToListAsync(cancellationToken))
            .ToLookup(x => x.ContractId, x => x.Id);
        foreach (var plan in plans)
        {
            db.QuarterlyReturns.Add(QuarterlyReturn.Open(plan, commitments[plan.ContractId], quarter, options.ReturnDueDays));
        }

        await db.SaveChangesAsync(cancellationToken);
        return plans.Count;
    }
}
