using LeedsCommissioning.Domain.Common;

namespace LeedsCommissioning.Domain.Opportunities;

/// <summary>
/// One step of an opportunity's approval history (issue 11): submitted by its author, withdrawn by its author,
/// returned to its author with a reason, approved, taken back to draft after approval, or published. Only ever added.
/// </summary>
public sealed class ApprovalStep : IAuditable
{
    private ApprovalStep() { }

    internal ApprovalStep(int number, ApprovalStepKind kind, string byUserId, string byName, DateTime atUtc, string? reason)
    {
        Number = number;
        Kind = kind;
        ByUserId = byUserId;
        ByName = byName;
        AtUtc = atUtc;
        Reason = reason;
    }

    public int Id { get; private set; }

    public int OpportunityId { get; private set; }

    /// <summary>1, 2, 3 in the order the steps happened.</summary>
    public int Number { get; private set; }

    public ApprovalStepKind Kind { get; private set; }

    public string ByUserId { get; private set; } = "";

    public string ByName { get; private set; } = "";

    public DateTime AtUtc { get; private set; }

    /// <summary>
    /// Why it was returned (required), approved although its lots are worth more than its estimate (required then),
    /// or published before its planned date (required then); optional or null for the other steps.
    /// </summary>
    public string? Reason { get; private set; }
}
