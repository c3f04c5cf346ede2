using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Decisions;
using LeedsCommissioning.Domain.Notices;

namespace LeedsCommissioning.Domain.Performance;

/// <summary>
/// The Procurement Act 2023 notices prepared from a contract's performance and changes (domain.md section 9; issue 15):
/// UK7 contract details (the contract entered into, with its key performance indicators), UK9 contract performance (the
/// indicators' ratings for a contract year, breaches and failures) and UK10 contract change (from a recorded change).
/// Each lists what is missing and where to record it (docs/patterns.md "Notices").
/// </summary>
public static class PerformanceNotices
{
    /// <summary>UK7. Needs Providers.Provider and Kpis loaded; <paramref name="requirement"/> is the dated KPI rule that applies, if any.</summary>
    public static NoticeDraft ContractDetails(Contract contract, string authority, KpiRequirement? requirement)
    {
        var draft = new NoticeDraft(NoticeKind.Uk7ContractDetails, contract.Title);
        if (contract.Status is ContractStatus.Planned or ContractStatus.Procuring)
        {
            draft.Block($"The contract is {contract.Status.ToDisplayName().ToLowerInvariant()}: a contract details notice is published once the contract is entered into (awarded)");
        }

        if (requirement is { } r && contract.Kpis.Count < r.Minimum)
        {
            draft.Block($"Record at least {r.Minimum} key performance indicators on the contract's Performance page: a contract worth more than {Money.Text(r.ValueOver)} needs them ({contract.Kpis.Count} recorded)");
        }

        AddContract(draft, contract, authority);
        draft.Section("Term and value")
            .Required("Start date", UkTime.Date(contract.StartDate), "Record the contract's start date")
            .Required("End date", UkTime.Date(contract.CurrentEndDate), "Record the contract's end date")
            .Optional("End date if every extension is taken", contract.MaximumEndDate == contract.CurrentEndDate ? null : UkTime.Date(contract.MaximumEndDate))
            .Required("Annual value", UkTime.Money(contract.AnnualValue), "Record the contract's annual value")
            .Required("Contract value (whole life, with every optional extension)", UkTime.Money(contract.MaximumWholeLifeValue), "Record the contract's value");
        draft.Section("Key performance indicators");
        if (contract.Kpis.Count == 0)
        {
            draft.Optional("Key performance indicators", null);
        }

        var number = 0;
        foreach (var kpi in contract.Kpis)
        {
            number++;
            draft.Required($"Indicator {number}", $"{kpi.Name}. Measure: {kpi.Measure}. Target: {kpi.Target}", "Record the indicator's name, measure and target");
        }

        return draft;
    }

    /// <summary>UK9 for contract year <paramref name="year"/>. Needs Providers.Provider, Kpis with Ratings, and Failures loaded.</summary>
    public static NoticeDraft ContractPerformance(Contract contract, string authority, int year)
    {
        var from = ContractYears.StartOf(contract.StartDate, year);
        var to = ContractYears.EndOf(contract.StartDate, year);
        var draft = new NoticeDraft(NoticeKind.Uk9ContractPerformance, $"{contract.Title}, {ContractYears.Label(contract.StartDate, year)}");
        if (contract.Kpis.Count == 0)
        {
            draft.Block("Record the contract's key performance indicators on its Performance page");
        }

        AddContract(draft, contract, authority);
        draft.Section("Period").Required("Contract year", ContractYears.Label(contract.StartDate, year), "Select the contract year");
        draft.Section("Key performance indicator ratings");
        foreach (var kpi in contract.Kpis)
        {
            var rating = kpi.RatingFor(year);
            draft.Required(kpi.Name,
                rating is null ? null : $"{rating.Rating.ToDisplayName()} (rated on {UkTime.Date(rating.RatedOn)}; target: {kpi.Target}){(rating.Note is null ? "" : ". " + rating.Note)}",
                $"Rate “{kpi.Name}” for contract year {year} on the contract's Performance page");
        }

        var failures = contract.Failures.Where(f => f.OccurredOn >= from && f.OccurredOn <= to).OrderBy(f => f.OccurredOn).ToList();
        draft.Section("Breaches and failures");
        if (failures.Count == 0)
        {
            draft.Optional("Breaches of contract or persistent poor performance", "None recorded in this year");
        }

        foreach (var f in failures)
        {
            draft.Optional($"{f.Kind.ToDisplayName()} on {UkTime.Date(f.OccurredOn)}", $"{f.Description} Steps taken: {f.StepsTaken}");
        }

        return draft;
    }

    /// <summary>UK10 for <paramref name="change"/>. Needs Providers.Provider and the change's Decision loaded.</summary>
    public static NoticeDraft ContractChange(Contract contract, string authority, ContractChange change)
    {
        var draft = new NoticeDraft(NoticeKind.Uk10ContractChange, contract.Title);
        if (change.Kind == ContractChangeKind.Ending)
        {
            draft.Block("An ending is published as a contract termination notice (UK11), not a contract change notice");
        }

        if (change.Decision is { } decision && decision.Outcome != DecisionOutcome.Approved)
        {
            draft.Block(decision.IsDecided
                ? $"The change was {decision.Outcome.ToDisplayName().ToLowerInvariant()} by the decision maker, so it is not made"
                : "The change is waiting for the decision maker's decision");
        }

        var valueBefore = change.WholeLifeValueBefore;
        var valueAfter = change.Kind == ContractChangeKind.Variation ? valueBefore + (change.ValueChange ?? 0m) : change.WholeLifeValueAfter;
        AddContract(draft, contract, authority);
        draft.Section("Change")
            .Required("Description of the change", change.Description, "Describe the change")
            .Required("Reason for the change", change.Reason, "Record why the change is made")
            .Required("Date the change takes effect", UkTime.Date(change.EffectiveDate), "Record the date the change takes effect")
            .Required("Contract value before the change (whole life)", UkTime.Money(valueBefore), "Record the contract's value")
            .Required("Contract value after the change (whole life)", UkTime.Money(valueAfter), "Record the contract's value after the change")
            .Optional("Annual value before and after", change.AnnualValueBefore == change.AnnualValueAfter ? null
                : $"{UkTime.Money(change.AnnualValueBefore)} to {UkTime.Money(change.AnnualValueAfter)}")
            .Optional("Term before and after", change.StartDateBefore == change.StartDateAfter && change.EndDateBefore == change.EndDateAfter ? null
                : $"{UkTime.Date(change.StartDateBefore)} to {UkTime.Date(change.EndDateBefore)}, now {UkTime.Date(change.StartDateAfter)} to {UkTime.Date(change.EndDateAfter)}")
            .Optional("Decision", change.Decision is { IsDecided: true } d
                ? $"{d.Outcome.ToDisplayName()} by {d.DecisionMakerName} on {UkTime.Date(d.OutcomeOn)} ({d.Kind?.ToDisplayName()}): {d.OutcomeReasons}"
                : null);
        return draft;
    }

    private static void AddContract(NoticeDraft draft, Contract contract, string authority)
    {
        draft.Section("Contracting authority")
            .Required("Contracting authority", authority, "Record the contract's commissioning organisation on its page")
            .Section("Contract")
            .Required("Contract reference", contract.Reference, "Record the contract's reference")
            .Required("Contract title", contract.Title, "Record the contract's title")
            .Optional("Description", contract.Description)
            .Required("Suppliers", ContractNoticeFields.Suppliers(contract), "Record the contract's providers on its Providers page");
    }
}
