namespace LeedsCommissioning.Domain.Decisions;

/// <summary>How an LCC decision is taken (domain.md section 1, HWB paper).</summary>
public enum DecisionRoute
{
    ExecutiveBoard = 0,

    /// <summary>An officer (for example a Director) under the officer delegation scheme.</summary>
    DelegatedDecision = 1,

    AdministrativeDecision = 2,
}

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

public enum DecisionOutcome
{
    Pending = 0,
    Approved = 1,
    Refused = 2,
    Withdrawn = 3,
}

public static class DecisionNames
{
    public static string ToDisplayName(this DecisionRoute route) => route switch
    {
        DecisionRoute.ExecutiveBoard => "Executive Board",
        DecisionRoute.DelegatedDecision => "Delegated decision",
        DecisionRoute.AdministrativeDecision => "Administrative decision",
        _ => route.ToString(),
    };

    public static string ToDisplayName(this DecisionKind kind) => kind switch
    {
        DecisionKind.KeyDecision => "Key decision",
        DecisionKind.SignificantOperationalDecision => "Significant operational decision",
        DecisionKind.Administrative => "Administrative decision",
        _ => kind.ToString(),
    };

    public static string ToDisplayName(this DecisionOutcome outcome) => outcome switch
    {
        DecisionOutcome.Pending => "Pending",
        DecisionOutcome.Approved => "Approved",
        DecisionOutcome.Refused => "Refused",
        DecisionOutcome.Withdrawn => "Withdrawn",
        _ => outcome.ToString(),
    };
}
