using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Providers;

namespace LeedsCommissioning.Domain.Contracts;

/// <summary>
/// A provider's part in a contract with its annual share in pounds. The lead's share is not entered:
/// it is the rest of the annual value once partners and subcontractors are paid, so the shares of a
/// contract always add up to its annual value. Changed only through <see cref="Contract"/>.
/// </summary>
public sealed class ContractProvider : IAuditable
{
    private ContractProvider() { }

    internal ContractProvider(Provider provider, ProviderRole role, decimal annualShare)
    {
        Provider = provider;
        ProviderId = provider.Id;
        Role = role;
        AnnualShare = annualShare;
    }

    public int Id { get; private set; }

    public int ContractId { get; private set; }

    public int ProviderId { get; private set; }

    /// <summary>Load it (Include Providers.ThenInclude Provider) before changing the contract's providers or value.</summary>
    public Provider Provider { get; private set; } = null!;

    public ProviderRole Role { get; private set; }

    public decimal AnnualShare { get; private set; }

    internal void Change(ProviderRole role, decimal annualShare)
    {
        Role = role;
        AnnualShare = annualShare;
    }
}
