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
