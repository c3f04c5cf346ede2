namespace LeedsCommissioning.Web.Features.Contracts;

/// <param name="Recorded">A change recorded with its effective date and reason (a <c>ContractChange</c>), not a line of the audit trail.</param>
/// <param name="Decision">For a recorded change that needed a decision: where the decision stands; null otherwise.</param>
/// <param name="Record">The record the entry is about, named on the administrators' audit search (Features/Audit); null on a contract's own history.</param>
public sealed record HistoryEntry(DateTime OccurredAtUtc, string Who, string What, IReadOnlyList<HistoryChange> Changes, bool Recorded = false,
    ChangeDecisionStatus? Decision = null, AuditedRecord? Record = null);

/// <summary>An audited record as the audit search names it ("Contract 42"), with a link to its page where it has one.</summary>
public sealed record AuditedRecord(string Type, string Key, string? Href)
{
    public string Name => $"{Type} {Key}";
}
