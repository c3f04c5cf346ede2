namespace LeedsCommissioning.Web.Features.Contracts;

/// <param name="Recorded">A change recorded with its effective date and reason (a <c>ContractChange</c>), not a line of the audit trail.</param>
/// <param name="Decision">For a recorded change that needed a decision: where the decision stands; null otherwise.</param>
public sealed record HistoryEntry(DateTime OccurredAtUtc, string Who, string What, IReadOnlyList<HistoryChange> Changes, bool Recorded = false,
    ChangeDecisionStatus? Decision = null);
