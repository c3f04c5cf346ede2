using LeedsCommissioning.Domain.Organisations;

namespace LeedsCommissioning.Domain.Opportunities;

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
    public static ThresholdKind KindFor(CommissioningOrganisationKind organisation, ProcurementProcedure route) =>
        route == ProcurementProcedure.LightTouch ? ThresholdKind.LightTouch
        : organisation == CommissioningOrganisationKind.Nhs ? ThresholdKind.Central
        : ThresholdKind.Standard;

    public PublicationNeeds For(
        CommissioningOrganisationKind organisation, ProcurementProcedure route, decimal wholeLifeValue, DateOnly publishOn)
    {
        var threshold = ThresholdOn(KindFor(organisation, route), publishOn);

        // Grants are not procurements: no threshold applies. Framework call-offs were advertised when the
        // framework was let. The Provider Selection Regime publishes its own notices on Find a Tender
        // whatever the value (domain.md section 9).
        var isProcurement = route is not (ProcurementProcedure.GrantRound or ProcurementProcedure.FrameworkCallOff);
        var isPsr = route is ProcurementProcedure.PsrCompetitive or ProcurementProcedure.PsrMostSuitableProvider;
        var overThreshold = isProcurement && !isPsr && threshold is not null && wholeLifeValue >= threshold.Amount;
        var advertised = route != ProcurementProcedure.FrameworkCallOff;

        return new PublicationNeeds(
            RegionalPortal: advertised && organisation == CommissioningOrganisationKind.CouncilDirectorate && wholeLifeValue > CouncilPortalThreshold,
            ContractsFinder: advertised && organisation == CommissioningOrganisationKind.Nhs && wholeLifeValue > NhsContractsFinderThreshold,
            FindATender: overThreshold || isPsr,
            Threshold: threshold,
            OverThreshold: overThreshold);
    }
}
