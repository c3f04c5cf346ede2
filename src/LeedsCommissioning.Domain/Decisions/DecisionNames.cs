namespace LeedsCommissioning.Domain.Decisions;

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
