using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Decisions;
using LeedsCommissioning.Domain.Performance;
using LeedsCommissioning.Domain.Waivers;

namespace LeedsCommissioning.Domain.Contracts;

/// <summary>
/// The contract's performance and variations (issue 15; domain.md section 9): its key performance indicators, chosen at
/// award and rated each contract year; breaches and persistent poor performance with the steps taken; and variations, a
/// change of scope or service in words, which wait for a decision maker when their value is at or above the key-decision
/// threshold (domain.md section 1). Needs <see cref="Kpis"/> (with their ratings), <see cref="Failures"/> and
/// <see cref="Changes"/> (with their decisions) loaded as the method says.
/// </summary>
public sealed partial class Contract
{
    public const int MaxVariationLength = 1000;

    private readonly List<KeyPerformanceIndicator> _kpis = [];
    private readonly List<PerformanceFailure> _failures = [];

    /// <summary>The key performance indicators, in the order they were set.</summary>
    public IReadOnlyList<KeyPerformanceIndicator> Kpis => _kpis;

    /// <summary>Breaches of contract and persistent poor performance, as recorded.</summary>
    public IReadOnlyList<PerformanceFailure> Failures => _failures;

    /// <summary>How many contract years the term has, to its current end date (<see cref="ContractYears"/>).</summary>
    public int ContractYearCount => ContractYears.Count(StartDate, CurrentEndDate);

    /// <summary>
    /// Sets the key performance indicators at award (issue 15): blank lines are skipped; when <paramref name="requirement"/>
    /// applies (<see cref="PerformanceRules.KpisFor"/>), at least its minimum must be given.
    /// </summary>
    public void SetKpis(IEnumerable<KpiLine> lines, KpiRequirement? requirement)
    {
        var given = lines.Where(l => !l.IsBlank).ToList();
        EnsureEnoughKpis(given.Count, requirement);
        var kpis = given.Select(l => new KeyPerformanceIndicator(l)).ToList();
        _kpis.Clear();
        _kpis.AddRange(kpis);
    }

    /// <summary>Adds a key performance indicator (the commissioner, during the contract).</summary>
    public KeyPerformanceIndicator AddKpi(KpiLine line)
    {
        var kpi = new KeyPerformanceIndicator(line);
        _kpis.Add(kpi);
        return kpi;
    }

    /// <summary>Changes a key performance indicator's name, measure or target; its ratings stay.</summary>
    public void ChangeKpi(int kpiId, KpiLine line) => FindKpi(kpiId).Change(line);

    /// <summary>Removes an indicator that has not been rated, unless that leaves fewer than <paramref name="requirement"/> asks for.</summary>
    public void RemoveKpi(int kpiId, KpiRequirement? requirement)
    {
        var kpi = FindKpi(kpiId);
        if (kpi.Ratings.Count > 0)
        {
            throw new DomainException($"“{kpi.Name}” has been rated, so it stays: its ratings are part of the contract's performance record", "Kpis");
        }

        if (requirement is { } r && _kpis.Count - 1 < r.Minimum)
        {
            // domain.md section 9: "three key performance indicators when over £5m".
            throw new DomainException(
                $"“{kpi.Name}” cannot be removed: a contract worth more than {Money.Text(r.ValueOver)} needs at least {r.Minimum} key performance indicators (Procurement Act 2023). Add another first",
                "Kpis");
        }

        _kpis.Remove(kpi);
    }

    /// <summary>
    /// Rates an indicator for contract year <paramref name="year"/> (replacing an earlier rating of that year): the year
    /// must be within the term and have begun by <paramref name="today"/>; the date rated falls in or after that year's start
    /// and not after today.
    /// </summary>
    public KpiRating RateKpi(int kpiId, int year, PerformanceRating rating, DateOnly ratedOn, string? note, string? userId, string userName, DateOnly today)
    {
        var kpi = FindKpi(kpiId);
        if (year < 1 || year > ContractYearCount)
        {
            throw new DomainException($"Select a contract year from 1 to {ContractYearCount}", "Year");
        }

        var yearStart = ContractYears.StartOf(StartDate, year);
        if (yearStart > today)
        {
            throw new DomainException($"Contract year {year} starts on {UkTime.Date(yearStart)}: it can be rated once it has begun", "Year");
        }

        if (ratedOn < yearStart || ratedOn > today)
        {
            throw new DomainException($"The date of the rating must be between {UkTime.Date(yearStart)} and today", "RatedOn");
        }

        return kpi.Rate(year, rating, ratedOn, note, userId, userName);
    }

    /// <summary>Records a breach of contract or persistent poor performance, on a date from the start to today.</summary>
    public PerformanceFailure RecordFailure(PerformanceFailureKind kind, DateOnly occurredOn, string? description, string? stepsTaken,
        string? userId, string userName, DateTime recordedAtUtc, DateOnly today)
    {
        if (occurredOn < StartDate || occurredOn > today)
        {
            throw new DomainException($"The date must be between the start of the contract, {UkTime.Date(StartDate)}, and today", "OccurredOn");
        }

        var failure = new PerformanceFailure(kind, occurredOn, description, stepsTaken, userId, userName, recordedAtUtc);
        _failures.Add(failure);
        return failure;
    }

    /// <summary>
    /// Whether a variation worth <paramref name="valueChange"/> needs a decision (issue 15, "a decision record where the
    /// value or route requires one"): an increase at or above the key-decision threshold (domain.md section 1, configurable,
    /// seed £500,000) goes to a decision maker as a key decision.
    /// </summary>
    public static bool VariationNeedsDecision(decimal? valueChange, DecisionRules rules) => valueChange is { } v && v > 0 && rules.IsKeyDecisionValue(v);

    /// <summary>
    /// Records a variation: a change of scope or service described in words, its reason and the date it takes effect (within
    /// the term), and what it changes the whole-life value by, if anything. When <see cref="VariationNeedsDecision"/>, the
    /// change is recorded awaiting a decision on a new <see cref="DecisionRecord"/> (a key decision, delegated to a
    /// Director), which <see cref="DecideChange"/> records.
    /// </summary>
    public ContractChange ProposeVariation(string? description, decimal? valueChange, ChangeRecord record, DecisionRules rules)
    {
        var what = Text.Required(description, MaxVariationLength, "Description", "Describe the change to the scope or service", "The description of the change");
        var reason = ContractChange.CheckReason(record.Reason);
        if (ContractLifecycle.IsFinal(Status))
        {
            throw new DomainException($"You cannot vary a contract that is {Status.ToDisplayName().ToLowerInvariant()}", "Description");
        }

        EnsureWithinTerm(record.EffectiveDate);

        if (valueChange is { } v && decimal.Round(v, 2) != v)
        {
            throw new DomainException("The change in value must be in pounds and pence", "ValueChange");
        }

        if (valueChange < 0 && -valueChange > WholeLifeValue)
        {
            throw new DomainException($"The decrease cannot be more than the contract's whole-life value, {Money.Text(WholeLifeValue)}", "ValueChange");
        }

        var before = ContractChange.Snapshot.Of(this);
        var change = Record(ContractChangeKind.Variation, what, record, reason, before);
        change.StateValueChange(valueChange is 0m ? null : valueChange);
        if (VariationNeedsDecision(valueChange, rules))
        {
            change.RequireDecision(ChangeDecision("Contract variation"));
        }
        else
        {
            ApplyVariationValue(change);
        }

        return change;
    }

    /// <summary>
    /// The decision maker approves or refuses a change awaiting a decision (a variation, or a value change from
    /// <see cref="ChangeValue"/>), with reasons, on its decision record. Nobody decides a change they recorded. Approving a
    /// value change applies its annual value and funding from its effective date; refusing it changes nothing. Needs
    /// Changes with their Decision loaded, and for a value change Providers.Provider, Funding and Extensions too.
    /// </summary>
    public void DecideChange(int changeId, Decider decider, bool approve, string? reasons, DateOnly today, DecisionRules rules)
    {
        var change = _changes.FirstOrDefault(c => c.Id == changeId) ?? throw new DomainException("There is no such change on this contract", "Outcome");
        if (change.Decision is not { } decision)
        {
            throw new DomainException("This change needs no decision", "Outcome");
        }

        if (decision.IsDecided)
        {
            throw new DomainException("This change has already been decided", "Outcome");
        }

        if (!decider.IsDecisionMaker)
        {
            throw new DomainException("Only a decision maker can decide a change", "Outcome");
        }

        if (change.RecordedByUserId is { } recorder && recorder == decider.UserId)
        {
            throw new DomainException("You recorded this change, so another decision maker must decide it", "Outcome");
        }

        var apply = !approve ? null
            : change.Kind == ContractChangeKind.Value ? PrepareApprovedValue(change)
            : () => ApplyVariationValue(change);
        decision.RecordOutcome(approve ? DecisionOutcome.Approved : DecisionOutcome.Refused, today, reasons ?? "", decider.UserId, decider.Name, rules);
        apply?.Invoke();
    }

    /// <summary>
    /// A variation that stands changes the whole-life value by its <see cref="ContractChange.ValueChange"/> (the UK10 notice's
    /// "value after the change"), leaving the annual value and funding as they are: at once when it needs no decision, on
    /// approval when it does. The change keeps the figures it made.
    /// </summary>
    private void ApplyVariationValue(ContractChange change)
    {
        if (change.Kind != ContractChangeKind.Variation || change.ValueChange is not { } amount)
        {
            return;
        }

        var before = ContractChange.Snapshot.Of(this);
        EarlierValueAdjustment += amount;
        RecalculateTerm();
        change.TakeFigures(before, ContractChange.Snapshot.Of(this));
    }

    /// <summary>The decision record a change waits on: a key decision delegated to a Director (domain.md section 1).</summary>
    private DecisionRecord ChangeDecision(string what) => new($"{what}: {Title}", "Director", DecisionRoute.DelegatedDecision, DecisionKind.KeyDecision);

    private static void EnsureEnoughKpis(int count, KpiRequirement? requirement)
    {
        if (requirement is { } r && count < r.Minimum)
        {
            throw new DomainException(
                $"Enter at least {r.Minimum} key performance indicators: a contract worth more than {Money.Text(r.ValueOver)} needs them (Procurement Act 2023)",
                "Kpis");
        }
    }

    private KeyPerformanceIndicator FindKpi(int kpiId) =>
        _kpis.FirstOrDefault(k => k.Id == kpiId) ?? throw new DomainException("There is no such key performance indicator on this contract", "Kpis");
}
