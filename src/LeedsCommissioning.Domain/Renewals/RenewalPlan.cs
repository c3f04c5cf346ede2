using LeedsCommissioning.Domain.Common;

namespace LeedsCommissioning.Domain.Renewals;

/// <summary>
/// What the commissioners intend to do as one contract's end (or its pending extension's decision) comes (issue 14,
/// "Pipeline"): the intention, the route it leads to, who owns the decision, the evidence it rests on and when it was
/// agreed. One per contract, made the first time an intention is recorded; a contract without one is Undecided.
/// <para>
/// Extensions follow quality (domain.md section 7, MPS Appendix B): "where services are demonstrably high quality and
/// delivering the requirements of the contract, extensions will be invoked where there is provision to do so", so an
/// Extend intention needs that evidence written down.
/// </para>
/// </summary>
public sealed class RenewalPlan : IAuditable, IVersioned
{
    public const int EvidenceMaxLength = 4000;

    private RenewalPlan() { }

    public RenewalPlan(int contractId, RenewalDecision decision, DateOnly today, DateTime nowUtc)
    {
        ContractId = contractId > 0 ? contractId : throw new DomainException("Select the contract", nameof(ContractId));
        Record(decision, today, nowUtc);
    }

    public int Id { get; private set; }

    public int ContractId { get; private set; }

    public RenewalIntention Intention { get; private set; }

    /// <summary>The route the intention leads to; <see cref="RenewalNames.DefaultRoute"/> of the intention unless chosen.</summary>
    public RenewalRoute Route { get; private set; }

    /// <summary>The owner's user id (null for someone without a portal account).</summary>
    public string? OwnerUserId { get; private set; }

    public string OwnerName { get; private set; } = "";

    /// <summary>What the intention rests on: for an extension, the evidence of quality (domain.md section 7).</summary>
    public string? Evidence { get; private set; }

    /// <summary>Estimated whole-life value of what the intention will buy (a recommissioned contract), in pounds, when known: the UK1 pipeline notice needs it.</summary>
    public decimal? EstimatedValue { get; private set; }

    /// <summary>The date the intention was agreed (a UK date).</summary>
    public DateOnly? AgreedOn { get; private set; }

    /// <summary>When the plan was last changed (UTC).</summary>
    public DateTime ChangedAtUtc { get; private set; }

    public int Version { get; private set; }

    /// <summary>Records (or changes) the intention, checking every field before refusing.</summary>
    public void Record(RenewalDecision decision, DateOnly today, DateTime nowUtc)
    {
        var errors = new DomainErrors();
        if (!Enum.IsDefined(decision.Intention))
        {
            errors.Add(nameof(Intention), "Select what you intend to do when the contract ends");
        }

        var route = decision.Route ?? decision.Intention.DefaultRoute();
        if (!Enum.IsDefined(route))
        {
            errors.Add(nameof(Route), "Select the route");
        }
        else if (Enum.IsDefined(decision.Intention) && RouteProblem(decision.Intention, route) is { } problem)
        {
            errors.Add(nameof(Route), problem);
        }

        string? ownerName = null;
        errors.Collect(() => ownerName = Text.Required(decision.OwnerName, 200, "Owner", "Select who owns the decision", "Owner"));
        string? evidence = null;
        errors.Collect(() => evidence = Text.Optional(decision.Evidence, EvidenceMaxLength, nameof(Evidence), "Evidence"));
        if (decision.Intention == RenewalIntention.Extend && string.IsNullOrWhiteSpace(decision.Evidence))
        {
            errors.Add(nameof(Evidence), "Enter the evidence that the service is high quality and delivering the requirements of the contract: an extension follows quality");
        }

        if (decision.EstimatedValue is { } value)
        {
            errors.Collect(() => Money.Ensure(value, nameof(EstimatedValue), "Estimated value"));
        }

        if (decision.Intention != RenewalIntention.Undecided && decision.AgreedOn is null)
        {
            errors.Add(nameof(AgreedOn), "Enter the date the intention was agreed");
        }
        else if (decision.AgreedOn is { } agreed && agreed > today)
        {
            errors.Add(nameof(AgreedOn), "The date the intention was agreed must be today or in the past");
        }

        errors.ThrowIfAny();
        Intention = decision.Intention;
        Route = route;
        OwnerUserId = string.IsNullOrWhiteSpace(decision.OwnerUserId) ? null : decision.OwnerUserId;
        OwnerName = ownerName!;
        Evidence = evidence;
        EstimatedValue = decision.EstimatedValue;
        AgreedOn = decision.AgreedOn;
        ChangedAtUtc = nowUtc;
    }

    /// <summary>
    /// Overdue: the decision's due date has passed and nothing is decided yet (no plan, or Undecided). A decided
    /// intention is never overdue, whatever its date.
    /// </summary>
    public static bool IsOverdue(DateOnly dueOn, RenewalIntention? intention, DateOnly today) =>
        dueOn < today && (intention ?? RenewalIntention.Undecided) == RenewalIntention.Undecided;

    /// <summary>Why a route does not fit an intention (null when it fits): extending is by extension, decommissioning by decommissioning, letting expire by nothing, recommissioning by a procurement.</summary>
    public static string? RouteProblem(RenewalIntention intention, RenewalRoute route) => intention switch
    {
        RenewalIntention.Extend when route != RenewalRoute.Extension => "An extension goes by the Extension route",
        RenewalIntention.Decommission when route != RenewalRoute.Decommissioning => "Decommissioning goes by the Decommissioning route",
        RenewalIntention.LetExpire when route != RenewalRoute.LetExpire => "Letting a contract expire goes by the Let expire route",
        RenewalIntention.Recommission when route is RenewalRoute.Extension or RenewalRoute.Decommissioning or RenewalRoute.LetExpire =>
            "Recommissioning goes by a procurement: an open tender, a framework call-off, a grant round or a Provider Selection Regime direct award",
        _ => null,
    };
}

/// <summary>What a commissioner records about a contract's renewal (<see cref="RenewalPlan.Record"/>).</summary>
public sealed record RenewalDecision(
    RenewalIntention Intention, RenewalRoute? Route, string? OwnerUserId, string? OwnerName, string? Evidence, decimal? EstimatedValue, DateOnly? AgreedOn);
