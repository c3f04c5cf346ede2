using LeedsCommissioning.Domain.Common;

namespace LeedsCommissioning.Domain.Decisions;

/// <summary>
/// A record of an LCC decision (issue 5; domain.md sections 1 and 4), shared by CPR waivers now and by
/// awards and decommissioning later: what is decided, by whom and by which route, whether it is open for
/// call-in, the equality, member-briefing, ward and access-to-information answers, and the outcome.
/// </summary>
public sealed class DecisionRecord : IAuditable
{
    private List<string> _wardsAffected = [];

    private DecisionRecord() { }

    public DecisionRecord(string title, string decisionMakerRole, DecisionRoute? route, DecisionKind? kind)
    {
        EnsureRouteFitsKind(route, kind);
        Title = title.Trim();
        DecisionMakerRole = decisionMakerRole.Trim();
        Route = route;
        Kind = kind;
    }

    public int Id { get; private set; }

    public string Title { get; private set; } = "";

    /// <summary>The post that decides, e.g. "Director of Adults and Health" (the report's "Report to").</summary>
    public string DecisionMakerRole { get; private set; } = "";

    /// <summary>The person who decided, once decided.</summary>
    public string? DecisionMakerName { get; private set; }

    public string? DecisionMakerUserId { get; private set; }

    /// <summary>How the decision is taken; null while a draft has not said.</summary>
    public DecisionRoute? Route { get; private set; }

    /// <summary>The kind of decision; null while a draft has not said.</summary>
    public DecisionKind? Kind { get; private set; }

    /// <summary>
    /// Derived, never entered (domain.md section 1): key decisions are open for call-in; significant
    /// operational decisions (Waiver report 4.5.2) and administrative decisions are not.
    /// </summary>
    public bool IsOpenForCallIn => Kind == DecisionKind.KeyDecision;

    /// <summary>When the decision was published (the date it was taken, in this portal).</summary>
    public DateOnly? PublishedOn { get; private set; }

    /// <summary>Last day of the call-in period, when the decision is open for call-in and published.</summary>
    public DateOnly? CallInEndsOn { get; private set; }

    /// <summary>Equality impact assessment screening done (domain.md sections 1 and 4, report 4.2).</summary>
    public bool? EiaScreeningDone { get; private set; }

    public string? EiaScreeningLink { get; private set; }

    public bool? ExecutiveMemberBriefed { get; private set; }

    /// <summary>Names of the Leeds electoral wards specifically affected; empty when none are.</summary>
    public IReadOnlyList<string> WardsAffected
    {
        get => _wardsAffected;
        private set => _wardsAffected = value.ToList();
    }

    public bool? IsConfidentialOrExempt { get; private set; }

    /// <summary>Access to Information Procedure Rule number under which information is exempt, e.g. "10.4(3)".</summary>
    public string? AccessToInformationRule { get; private set; }

    public string? ConfidentialAppendix { get; private set; }

    public DecisionOutcome Outcome { get; private set; } = DecisionOutcome.Pending;

    public DateOnly? OutcomeOn { get; private set; }

    public string? OutcomeReasons { get; private set; }

    public bool IsDecided => Outcome != DecisionOutcome.Pending;

    /// <summary>Sets the descriptive answers. Only while the outcome is pending.</summary>
    public void Describe(
        string title, string decisionMakerRole, DecisionRoute? route, DecisionKind? kind,
        bool? eiaScreeningDone, string? eiaScreeningLink, bool? executiveMemberBriefed, IEnumerable<string> wardsAffected,
        bool? isConfidentialOrExempt, string? accessToInformationRule, string? confidentialAppendix)
    {
        EnsurePending();
        EnsureRouteFitsKind(route, kind);
        Title = title.Trim();
        DecisionMakerRole = decisionMakerRole.Trim();
        Route = route;
        Kind = kind;
        EiaScreeningDone = eiaScreeningDone;
        EiaScreeningLink = eiaScreeningDone == true ? Text(eiaScreeningLink) : null;
        ExecutiveMemberBriefed = executiveMemberBriefed;
        _wardsAffected = wardsAffected.Select(w => w.Trim()).Where(w => w.Length > 0).Distinct().Order(StringComparer.Ordinal).ToList();
        IsConfidentialOrExempt = isConfidentialOrExempt;
        AccessToInformationRule = isConfidentialOrExempt == true ? Text(accessToInformationRule) : null;
        ConfidentialAppendix = isConfidentialOrExempt == true ? Text(confidentialAppendix) : null;
    }

    /// <summary>What is still unanswered before the decision can be put to the decision maker, as (field, message).</summary>
    public IEnumerable<(string Field, string Message)> MissingAnswers()
    {
        if (string.IsNullOrWhiteSpace(DecisionMakerRole))
        {
            yield return (nameof(DecisionMakerRole), "Enter who the report is to (the decision maker)");
        }

        if (Route is null)
        {
            yield return (nameof(Route), "Select the decision route");
        }

        if (Kind is null)
        {
            yield return (nameof(Kind), "Select the kind of decision");
        }

        if (EiaScreeningDone is null)
        {
            yield return (nameof(EiaScreeningDone), "Select whether equality impact assessment screening has been done");
        }

        if (ExecutiveMemberBriefed is null)
        {
            yield return (nameof(ExecutiveMemberBriefed), "Select whether the executive member has been briefed");
        }

        if (IsConfidentialOrExempt is null)
        {
            yield return (nameof(IsConfidentialOrExempt), "Select whether the report contains confidential or exempt information");
        }
        else if (IsConfidentialOrExempt == true && AccessToInformationRule is null)
        {
            yield return (nameof(AccessToInformationRule), "Enter the access to information procedure rule number");
        }
    }

    /// <summary>
    /// Records the outcome and publishes the decision on <paramref name="on"/>; the call-in period
    /// (configurable working days, domain.md section 1) runs from then when the decision is open for call-in.
    /// </summary>
    public void RecordOutcome(
        DecisionOutcome outcome, DateOnly on, string reasons, string? decisionMakerUserId, string decisionMakerName, DecisionRules rules)
    {
        EnsurePending();
        if (Route is null || Kind is null)
        {
            throw new DomainException("Say by which route and as what kind of decision it is taken before recording the outcome", nameof(Kind));
        }

        if (outcome == DecisionOutcome.Pending)
        {
            throw new DomainException("Select the decision", nameof(Outcome));
        }

        if (string.IsNullOrWhiteSpace(reasons))
        {
            throw new DomainException("Enter the reasons for the decision", nameof(OutcomeReasons));
        }

        Outcome = outcome;
        OutcomeOn = on;
        OutcomeReasons = reasons.Trim();
        DecisionMakerUserId = decisionMakerUserId;
        DecisionMakerName = decisionMakerName.Trim();
        PublishedOn = on;
        CallInEndsOn = IsOpenForCallIn && outcome != DecisionOutcome.Withdrawn ? rules.CallInEndsOn(on) : null;
    }

    /// <summary>A pending copy for a corrected version: the answers, not the outcome.</summary>
    public DecisionRecord CopyAsPending()
    {
        var copy = new DecisionRecord(Title, DecisionMakerRole, Route, Kind);
        copy.Describe(Title, DecisionMakerRole, Route, Kind, EiaScreeningDone, EiaScreeningLink, ExecutiveMemberBriefed,
            WardsAffected, IsConfidentialOrExempt, AccessToInformationRule, ConfidentialAppendix);
        return copy;
    }

    /// <summary>
    /// The route and the kind of a decision are checked together, for every record (domain.md section 1; docs/domain.md
    /// "Decision routes and kinds"): an administrative decision goes by the administrative route and nothing else does;
    /// a key or significant operational decision goes to the Executive Board or is delegated to an officer.
    /// Either may still be unanswered on a draft.
    /// </summary>
    public static void EnsureRouteFitsKind(DecisionRoute? route, DecisionKind? kind)
    {
        if (route is null || kind is null)
        {
            return;
        }

        if (route == DecisionRoute.AdministrativeDecision && kind != DecisionKind.Administrative)
        {
            throw new DomainException(
                $"A {kind.Value.ToDisplayName().ToLowerInvariant()} cannot be taken as an administrative decision: select Executive Board or delegated decision",
                nameof(Route));
        }

        if (kind == DecisionKind.Administrative && route != DecisionRoute.AdministrativeDecision)
        {
            throw new DomainException(
                $"{route.Value.ToDisplayName()} does not take administrative decisions: select key decision or significant operational decision",
                nameof(Kind));
        }
    }

    private void EnsurePending()
    {
        if (IsDecided)
        {
            throw new DomainException("This decision has been taken and can no longer be changed");
        }
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
