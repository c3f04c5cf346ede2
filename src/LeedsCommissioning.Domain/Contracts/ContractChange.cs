using LeedsCommissioning.Domain.Common;

namespace LeedsCommissioning.Domain.Contracts;

/// <summary>
/// A change to a contract's value, funding, term or status recorded with its effective date, its reason, who
/// made it and when, and the figures before and after (issue 19). It is what the Procurement Act 2023 contract
/// change notice, UK10 (domain.md section 9), is prepared from: the change's <see cref="Description"/>,
/// <see cref="Reason"/>, value before and after (annual and whole-life), <see cref="EffectiveDate"/> and term
/// before and after; an <see cref="ContractChangeKind.Ending"/> change is what the contract termination notice,
/// UK11, is prepared from. Made only by <see cref="Contract"/>'s methods; never changed or removed afterwards, except that a
/// value change waiting for a decision (<see cref="IsAwaitingDecision"/>) takes the figures its approval actually made
/// (<see cref="Contract.DecideChange"/>).
/// </summary>
public sealed class ContractChange
{
    public const int MaxReasonLength = 2000;

    private ContractChange() { }

    internal ContractChange(ContractChangeKind kind, string description, ChangeRecord record, string reason, Snapshot before, Snapshot after,
        CompactNotice? compact = null)
    {
        CompactNoticeGivenOn = compact?.GivenOn;
        CompactNoticeHow = compact?.How;
        CompactShortNoticeReason = compact?.ShortNoticeReason;
        Kind = kind;
        Description = description;
        EffectiveDate = record.EffectiveDate;
        Reason = reason;
        TakeFigures(before, after);
        RecordedByUserId = string.IsNullOrWhiteSpace(record.UserId) ? null : record.UserId;
        RecordedByName = string.IsNullOrWhiteSpace(record.UserName) ? "Unknown" : record.UserName.Trim();
        RecordedAtUtc = record.RecordedAtUtc;
    }

    public int Id { get; private set; }

    public int ContractId { get; private set; }

    public ContractChangeKind Kind { get; private set; }

    /// <summary>The change in a sentence, e.g. "Annual value changed from £450,000 to £500,000".</summary>
    public string Description { get; private set; } = "";

    public DateOnly EffectiveDate { get; private set; }

    public string Reason { get; private set; } = "";

    public decimal AnnualValueBefore { get; private set; }

    public decimal AnnualValueAfter { get; private set; }

    public decimal WholeLifeValueBefore { get; private set; }

    public decimal WholeLifeValueAfter { get; private set; }

    public DateOnly StartDateBefore { get; private set; }

    public DateOnly StartDateAfter { get; private set; }

    /// <summary>The current end date (initial end plus taken extensions) before the change.</summary>
    public DateOnly EndDateBefore { get; private set; }

    public DateOnly EndDateAfter { get; private set; }

    /// <summary>The latest end date if every pending extension were taken, before the change.</summary>
    public DateOnly MaximumEndDateBefore { get; private set; }

    public DateOnly MaximumEndDateAfter { get; private set; }

    public ContractStatus StatusBefore { get; private set; }

    public ContractStatus StatusAfter { get; private set; }

    public string? RecordedByUserId { get; private set; }

    public string RecordedByName { get; private set; } = "";

    public DateTime RecordedAtUtc { get; private set; }

    /// <summary>When notice of an ending or reduction was given to the third-sector organisations it affects (the Compact for Leeds, domain.md section 5).</summary>
    public DateOnly? CompactNoticeGivenOn { get; private set; }

    /// <summary>How that notice was given.</summary>
    public string? CompactNoticeHow { get; private set; }

    /// <summary>Why the notice was less than six months, when it was (CompactCheck).</summary>
    public string? CompactShortNoticeReason { get; private set; }

    /// <summary>
    /// For a <see cref="ContractChangeKind.Variation"/>: how much the variation changes the contract's whole-life value
    /// (negative for a fall), as stated when it was recorded; null when it changes no value. For a
    /// <see cref="ContractChangeKind.Value"/> change that needs a decision: how much it raises the whole-life value, the
    /// figure the key-decision threshold was checked against; null for value changes that needed none.
    /// </summary>
    public decimal? ValueChange { get; private set; }

    /// <summary>
    /// The decision on the change, when its value requires one (<c>Contract.ProposeVariation</c>, <see cref="Contract.ChangeValue"/>);
    /// null otherwise.
    /// </summary>
    public int? DecisionId { get; private set; }

    public Decisions.DecisionRecord? Decision { get; private set; }

    /// <summary>Recorded and waiting for the decision maker.</summary>
    public bool IsAwaitingDecision => Decision is { IsDecided: false };

    /// <summary><see cref="IsAwaitingDecision"/> as a query the database runs (the home page's work and the contract's pages).</summary>
    public static readonly System.Linq.Expressions.Expression<Func<ContractChange, bool>> AwaitingDecision =
        c => c.Decision != null && c.Decision.Outcome == Decisions.DecisionOutcome.Pending;

    /// <summary>Whether the change stands: it needed no decision, or the decision approved it.</summary>
    public bool Stands => Decision is null || Decision.Outcome == Decisions.DecisionOutcome.Approved;

    /// <summary>
    /// For a value change waiting for a decision: the funding contributions to apply, with the annual value
    /// <see cref="AnnualValueAfter"/>, when the decision maker approves it; empty otherwise.
    /// </summary>
    public IReadOnlyList<ProposedFunding> ProposedFunding => _proposedFunding;

    private readonly List<ProposedFunding> _proposedFunding = [];

    internal void StateValueChange(decimal? valueChange) => ValueChange = valueChange;

    internal void ProposeFunding(IEnumerable<FundingContribution> funding) => _proposedFunding.AddRange(funding.Select(f => new ProposedFunding(f)));

    /// <summary>The figures before and after: when recorded, and again on approval as the approved change actually made them.</summary>
    internal void TakeFigures(Snapshot before, Snapshot after)
    {
        AnnualValueBefore = before.AnnualValue;
        AnnualValueAfter = after.AnnualValue;
        WholeLifeValueBefore = before.WholeLifeValue;
        WholeLifeValueAfter = after.WholeLifeValue;
        StartDateBefore = before.StartDate;
        StartDateAfter = after.StartDate;
        EndDateBefore = before.EndDate;
        EndDateAfter = after.EndDate;
        MaximumEndDateBefore = before.MaximumEndDate;
        MaximumEndDateAfter = after.MaximumEndDate;
        StatusBefore = before.Status;
        StatusAfter = after.Status;
    }

    internal void RequireDecision(Decisions.DecisionRecord decision) => Decision = decision;

    /// <summary>The figures of a contract at one moment, before or after a change.</summary>
    internal sealed record Snapshot(
        decimal AnnualValue, decimal WholeLifeValue, DateOnly StartDate, DateOnly EndDate, DateOnly MaximumEndDate, ContractStatus Status)
    {
        public static Snapshot Of(Contract c) =>
            new(c.AnnualValue, c.WholeLifeValue, c.StartDate, c.CurrentEndDate, c.MaximumEndDate, c.Status);
    }

    /// <summary>The reason, required and at most <see cref="MaxReasonLength"/> characters.</summary>
    internal static string CheckReason(string? reason) =>
        Text.Required(reason, MaxReasonLength, nameof(Reason), "Enter the reason for the change", "Reason");
}
