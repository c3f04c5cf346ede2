using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Decisions;
using LeedsCommissioning.Domain.Performance;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Web.Features.Contracts;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Performance;

/// <summary>
/// The contract's Performance page (issue 15): key performance indicators with their ratings by contract year, breaches
/// and poor performance, and the contract's changes with their decisions and notices. Read for a contract the person may
/// already see (ContractAccess.VisibleTo decides that before this is read).
/// </summary>
public sealed record PerformanceSection(
    IReadOnlyList<KpiRow> Kpis, IReadOnlyList<int> Years, DateOnly ContractStart, KpiRequirement? Requirement,
    IReadOnlyList<FailureRow> Failures, IReadOnlyList<ChangeRow> Changes)
{
    public int MissingKpis => Requirement is { } r ? Math.Max(0, r.Minimum - Kpis.Count) : 0;

    /// <summary>The contract year a UK9 notice is prepared for first: the latest year with a rating, else year 1.</summary>
    public int LatestRatedYear => Kpis.SelectMany(k => k.Ratings.Keys).DefaultIfEmpty(1).Max();

    public static async Task<PerformanceSection> LoadAsync(CommissioningDbContext db, int contractId, PerformanceRules rules, DateOnly today)
    {
        var contract = await db.Contracts.AsNoTracking().Where(c => c.Id == contractId)
            .Select(c => new { c.StartDate, c.CurrentEndDate, c.OpportunityId, c.MaximumWholeLifeValue }).SingleAsync();
        var kpis = await db.KeyPerformanceIndicators.AsNoTracking().Where(k => k.ContractId == contractId).OrderBy(k => k.Id)
            .Select(k => new { k.Id, k.Name, k.Measure, k.Target, Ratings = k.Ratings.Select(r => new { r.Year, r.Rating, r.RatedOn, r.Note }).ToList() })
            .ToListAsync();
        var failures = await db.PerformanceFailures.AsNoTracking().Where(f => f.ContractId == contractId)
            .OrderByDescending(f => f.OccurredOn).ThenByDescending(f => f.Id)
            .Select(f => new FailureRow(f.Kind, f.OccurredOn, f.Description, f.StepsTaken, f.RecordedByName)).ToListAsync();
        var changes = await db.ContractChanges.AsNoTracking().Where(c => c.ContractId == contractId && c.Kind != ContractChangeKind.Ending)
            .OrderByDescending(c => c.RecordedAtUtc).ThenByDescending(c => c.Id)
            .Select(c => new ChangeRow(c.Id, c.Kind, c.Description, c.EffectiveDate, c.Reason, c.ValueChange,
                c.Decision == null ? null : new ChangeDecisionStatus(c.Decision.Outcome, c.Decision.DecisionMakerName, c.Decision.OutcomeOn, c.Decision.OutcomeReasons)))
            .ToListAsync();
        var years = ContractYears.Count(contract.StartDate, contract.CurrentEndDate);
        var requirement = rules.KpisFor(await ProcurementBeganAsync(db, contract.OpportunityId, contract.StartDate), contract.MaximumWholeLifeValue);
        return new PerformanceSection(
            kpis.Select(k => new KpiRow(k.Id, k.Name, k.Measure, k.Target, k.Ratings.ToDictionary(r => r.Year, r => new RatingCell(r.Rating, r.RatedOn, r.Note)))).ToList(),
            Enumerable.Range(1, years).Where(y => ContractYears.StartOf(contract.StartDate, y) <= today).ToList(),
            contract.StartDate, requirement, failures, changes);
    }

    /// <summary>
    /// When the contract's procurement began, for the dated KPI rule: the day its opportunity was published, for a contract
    /// awarded through the portal; otherwise its start date (register contracts carry no procurement date).
    /// </summary>
    public static async Task<DateOnly> ProcurementBeganAsync(CommissioningDbContext db, int? opportunityId, DateOnly contractStart)
    {
        if (opportunityId is not { } id)
        {
            return contractStart;
        }

        var published = await db.Opportunities.AsNoTracking().Where(o => o.Id == id).Select(o => o.PublishedAtUtc).SingleOrDefaultAsync();
        return published is { } utc ? UkTime.DateOf(utc) : contractStart;
    }

    /// <summary>The dated KPI requirement for a tracked or loaded contract.</summary>
    public static async Task<KpiRequirement?> RequirementAsync(CommissioningDbContext db, Contract contract, PerformanceRules rules) =>
        rules.KpisFor(await ProcurementBeganAsync(db, contract.OpportunityId, contract.StartDate), contract.MaximumWholeLifeValue);
}

public sealed record KpiRow(int Id, string Name, string Measure, string Target, IReadOnlyDictionary<int, RatingCell> Ratings);

public sealed record RatingCell(PerformanceRating Rating, DateOnly RatedOn, string? Note);

public sealed record FailureRow(PerformanceFailureKind Kind, DateOnly OccurredOn, string Description, string StepsTaken, string RecordedBy);

public sealed record ChangeRow(int Id, ContractChangeKind Kind, string Description, DateOnly EffectiveDate, string Reason, decimal? ValueChange,
    ChangeDecisionStatus? Decision)
{
    public string KindText => Kind switch
    {
        ContractChangeKind.Value => "Value",
        ContractChangeKind.Funding => "Funding",
        ContractChangeKind.Term => "Term",
        ContractChangeKind.Variation => "Variation",
        _ => Kind.ToString(),
    };
}
