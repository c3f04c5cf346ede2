using LeedsCommissioning.Domain.Providers;
using LeedsCommissioning.Domain.Reference;

namespace LeedsCommissioning.Domain.Opportunities;

/// <summary>What the Keep it Local count needs to know about one registered provider.</summary>
public sealed record LocalCapacity(bool IsLeedsBased, decimal? AnnualIncome, IReadOnlyCollection<Locality> Localities, ProviderType Type = ProviderType.RegisteredCharity)
{
    /// <summary>
    /// Keep it Local asks how many local organisations could bid: the city's charities, community interest
    /// companies, consortia and businesses. NHS trusts and other public bodies are Leeds-based and large, but
    /// counting them would let a lot of any size look open to local bidders (domain.md section 3).
    /// </summary>
    public bool IsLocalOrganisation => IsLeedsBased && Type is not (ProviderType.NhsTrust or ProviderType.PublicBody);
}

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
    public static int CountLocalBidders(decimal lotAnnualValue, IReadOnlyCollection<Locality> lotLocalities, IEnumerable<LocalCapacity> providers) =>
        providers.Count(p => CouldBid(lotAnnualValue, lotLocalities, p));

    public static bool CouldBid(decimal lotAnnualValue, IReadOnlyCollection<Locality> lotLocalities, LocalCapacity provider) =>
        provider.IsLocalOrganisation
        && provider.AnnualIncome is { } income && income >= lotAnnualValue
        && (lotLocalities.Count == 0 || provider.Localities.Any(lotLocalities.Contains));
}

/// <summary>The figures the Keep it Local panel shows while editing and on approval.</summary>
public sealed record KeepItLocalPanel(
    decimal MaximumLotAnnualValue,
    decimal Cap,
    IReadOnlyList<LotLocalFigure> Lots,
    bool PaymentByResults,
    bool ConsortiaAllowed,
    bool SingleLot,
    string? SingleLotReason)
{
    public bool OverCap => MaximumLotAnnualValue > Cap;

    public IReadOnlyList<string> Warnings()
    {
        var warnings = new List<string>();
        if (OverCap)
        {
            warnings.Add($"The largest lot is {MaximumLotAnnualValue:C0} a year, over the Keep it Local maximum of {Cap:C0} a year. Consider dividing it into smaller lots.");
        }

        foreach (var lot in Lots.Where(l => l.LocalBidders == 0))
        {
            warnings.Add(lot.Reason is null
                ? $"No registered local provider could bid for lot {lot.Number} ({lot.Title}) at this size. Record why before approval, or split the lot."
                : $"No registered local provider could bid for lot {lot.Number} ({lot.Title}) at this size. Reason recorded: {lot.Reason}");
        }

        if (PaymentByResults)
        {
            warnings.Add("Payment by results is proposed. The Keep it Local guide discourages it for small providers: consider a block or blended payment.");
        }

        if (!ConsortiaAllowed)
        {
            warnings.Add("Consortia are not allowed. Allowing them lets small local organisations bid together.");
        }

        return warnings;
    }
}

public sealed record LotLocalFigure(int Number, string Title, decimal AnnualValue, int LocalBidders, string? Reason);
