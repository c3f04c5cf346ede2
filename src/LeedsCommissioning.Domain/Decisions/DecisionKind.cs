namespace LeedsCommissioning.Domain.Decisions;

/// <summary>
/// The kind of decision, which settles whether it is open for call-in (domain.md section 1; Waiver report 4.5.2):
/// key decisions are, significant operational decisions and administrative decisions are not.
/// </summary>
public enum DecisionKind
{
    KeyDecision = 0,
    SignificantOperationalDecision = 1,
    Administrative = 2,
}
