namespace LeedsCommissioning.Domain.Renewals;

/// <summary>What the commissioners intend to do as a contract's end or extension decision comes (issue 14).</summary>
public enum RenewalIntention
{
    Undecided = 0,
    Extend = 1,
    Recommission = 2,
    Decommission = 3,
    LetExpire = 4,
}

/// <summary>
/// The route a renewal decision leads to, each with its own lead time (<see cref="RenewalRules.LeadMonths"/>): the
/// months the work takes between the decision and the contract's end.
/// </summary>
public enum RenewalRoute
{
    OpenTender = 0,
    Framework = 1,
    GrantRound = 2,

    /// <summary>Provider Selection Regime direct award (processes A, B, C) or most suitable provider (domain.md section 9).</summary>
    ProviderSelectionRegimeDirectAward = 3,

    Extension = 4,
    Decommissioning = 5,

    /// <summary>The contract simply ends on its date: no procurement, only notice.</summary>
    LetExpire = 6,
}

public static class RenewalNames
{
    public static string ToDisplayName(this RenewalIntention intention) => intention switch
    {
        RenewalIntention.Undecided => "Undecided",
        RenewalIntention.Extend => "Extend",
        RenewalIntention.Recommission => "Recommission",
        RenewalIntention.Decommission => "Decommission",
        RenewalIntention.LetExpire => "Let expire",
        _ => intention.ToString(),
    };

    public static string ToDisplayName(this RenewalRoute route) => route switch
    {
        RenewalRoute.OpenTender => "Open tender",
        RenewalRoute.Framework => "Call-off from a framework",
        RenewalRoute.GrantRound => "Grant round",
        RenewalRoute.ProviderSelectionRegimeDirectAward => "Provider Selection Regime direct award",
        RenewalRoute.Extension => "Extension",
        RenewalRoute.Decommissioning => "Decommissioning",
        RenewalRoute.LetExpire => "Let expire",
        _ => route.ToString(),
    };

    /// <summary>The route an intention implies when none is chosen: extend goes by extension, decommission by decommissioning, let expire by nothing; recommissioning and undecided assume the longest, an open tender.</summary>
    public static RenewalRoute DefaultRoute(this RenewalIntention intention) => intention switch
    {
        RenewalIntention.Extend => RenewalRoute.Extension,
        RenewalIntention.Decommission => RenewalRoute.Decommissioning,
        RenewalIntention.LetExpire => RenewalRoute.LetExpire,
        _ => RenewalRoute.OpenTender,
    };
}
