using LeedsCommissioning.Domain.Organisations;

namespace LeedsCommissioning.Domain.Opportunities;

/// <summary>Which public procurement threshold a route is measured against.</summary>
public enum ThresholdKind
{
    /// <summary>Goods and services bought by a sub-central authority (a council, an ICB).</summary>
    Standard = 0,

    /// <summary>The light-touch regime for social, health and other listed services.</summary>
    LightTouch = 1,

    /// <summary>
    /// Goods and services bought by central government authorities. NHS (ICB) opportunities are measured
    /// against it: published guidance lists NHS Trusts and Foundation Trusts under this figure, and it is the
    /// lower one, so an NHS procurement is never under-advertised (domain.md section 9; docs/domain.md).
    /// </summary>
    Central = 2,

    /// <summary>Works contracts (all authorities). Configured so the dated table is complete; no opportunity route is works.</summary>
    Works = 3,
}

/// <summary>A threshold in force from <see cref="From"/> until the next one of the same kind.</summary>
public sealed record DatedThreshold(ThresholdKind Kind, DateOnly From, decimal Amount, string Source);

/// <summary>The notices an opportunity needs (domain.md section 3, "Publication"; section 9).</summary>
public sealed record PublicationNeeds(
    bool RegionalPortal, bool ContractsFinder, bool FindATender, DatedThreshold? Threshold, bool OverThreshold)
{
    /// <summary>Plain-English lines for the screen, one per notice.</summary>
    public IReadOnlyList<string> Describe()
    {
        var lines = new List<string>();
        if (FindATender)
        {
            lines.Add(OverThreshold
                ? $"Full regime: a tender notice on Find a Tender (over the {Threshold!.Kind switch { ThresholdKind.LightTouch => "light-touch", ThresholdKind.Central => "central government public procurement", _ => "public procurement" }} threshold of {Threshold.Amount:C0} in force from {Threshold.From:d MMMM yyyy})"
                : "A notice on Find a Tender (Provider Selection Regime transparency)");
        }

        if (RegionalPortal)
        {
            lines.Add("The regional e-tendering portal (YORtender): council opportunity over £10,000");
        }

        if (ContractsFinder)
        {
            lines.Add("Contracts Finder (and NHS Sourcing): NHS opportunity over £25,000");
        }

        if (lines.Count == 0)
        {
            lines.Add("No external notice needed: publish on this portal only");
        }

        return lines;
    }
}

/// <summary>
/// Derives the notices an opportunity needs from its value, who commissions it, its route and the
/// publication date. Thresholds are dated configuration, never constants (domain.md sections 3 and 9):
/// the threshold in force on the publication date applies.
/// </summary>
public sealed class PublicationRules
{
    /// <summary>LCC tenders over £10,000 go on the regional portal (domain.md section 3, MPS "Tendering opportunities").</summary>
    public const decimal CouncilPortalThreshold = 10_000m;

    /// <summary>NHS tenders over £25,000 go on Contracts Finder (domain.md section 3, MPS).</summary>
    public const decimal NhsContractsFinderThreshold = 25_000m;

    private readonly IReadOnlyList<DatedThreshold> _thresholds;

    public PublicationRules(IEnumerable<DatedThreshold> thresholds)
    {
        _thresholds = thresholds.OrderBy(t => t.From).ToList();
    }

    /// <summary>The threshold of <paramref name="kind"/> in force on <paramref name="date"/>, or null before the first.</summary>
    public DatedThreshold? ThresholdOn(ThresholdKind kind, DateOnly date) =>
        _thresholds.LastOrDefault(t => t.Kind == kind && t.From <= date);

    /// <summary>
    /// The light-touch threshold for light-touch routes (one figure for every authority); otherwise the
    /// central government figure for an NHS (ICB) opportunity and the sub-central one for the council
    /// (domain.md section 9: the decision and its reason are in docs/domain.md).
    /// </summary>
    public static ThresholdKind KindFor(CommissioningOrganisationKind organisation, ProcurementRoute route) =>
        route == ProcurementRoute.LightTouch ? ThresholdKind.LightTouch
        : organisation == CommissioningOrganisationKind.Nhs ? ThresholdKind.Central
        : ThresholdKind.Standard;

    public PublicationNeeds For(
        CommissioningOrganisationKind organisation, ProcurementRoute route, decimal wholeLifeValue, DateOnly publishOn)
    {
        var threshold = ThresholdOn(KindFor(organisation, route), publishOn);

        // Grants are not procurements: no threshold applies. Framework call-offs were advertised when the
        // framework was let. The Provider Selection Regime publishes its own notices on Find a Tender
        // whatever the value (domain.md section 9).
        var isProcurement = route is not (ProcurementRoute.GrantRound or ProcurementRoute.FrameworkCallOff);
        var isPsr = route is ProcurementRoute.PsrCompetitive or ProcurementRoute.PsrMostSuitableProvider;
        var overThreshold = isProcurement && !isPsr && threshold is not null && wholeLifeValue >= threshold.Amount;
        var advertised = route != ProcurementRoute.FrameworkCallOff;

        return new PublicationNeeds(
            RegionalPortal: advertised && organisation == CommissioningOrganisationKind.CouncilDirectorate && wholeLifeValue > CouncilPortalThreshold,
            ContractsFinder: advertised && organisation == CommissioningOrganisationKind.Nhs && wholeLifeValue > NhsContractsFinderThreshold,
            FindATender: overThreshold || isPsr,
            Threshold: threshold,
            OverThreshold: overThreshold);
    }
}
