using LeedsCommissioning.Domain.Reference;

namespace LeedsCommissioning.Domain.Opportunities;

/// <summary>The Keep it Local checks before publishing (domain.md section 3; section 6, KiL five steps).</summary>
public static class KeepItLocal
{
    /// <summary>
    /// How many registered local providers could bid for a lot at this size (KiL guide step 4): Leeds-based
    /// organisations other than NHS trusts and public bodies, working in at least one of the lot's localities when it names any, with annual income at least the
    /// lot's annual value. Deliberately not twice the value: only 6.6% of charities have income over
    /// £500,000, and the guide tells councils not to demand turnover of twice the contract value.
    /// A provider whose income is unknown is not counted.
    /// </summary>
    public static int CountLocalBidders(decimal lotAnnualValue, IReadOnlyCollection<Locality> lotLocalities, IEnumerable<LocalCapacity> providers)
    {
        // The lot's localities as a set, once: the portal counts every registered provider for every lot it shows.
        IReadOnlyCollection<Locality> localities = lotLocalities.Count > 1 ? lotLocalities.ToHashSet() : lotLocalities;
        return providers.Count(p => CouldBid(lotAnnualValue, localities, p));
    }

    public static bool CouldBid(decimal lotAnnualValue, IReadOnlyCollection<Locality> lotLocalities, LocalCapacity provider) =>
        provider.IsLocalOrganisation
        && provider.AnnualIncome is { } income && income >= lotAnnualValue
        && (lotLocalities.Count == 0 || provider.Localities.Any(lotLocalities.Contains));
}
