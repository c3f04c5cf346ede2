using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Contracts;

namespace LeedsCommissioning.Domain.Tests.Contracts;

/// <summary>The 30% rule as a term of the contract (domain.md sections 2 and 3, MPS: Live Well Leeds).</summary>
public sealed class Requiring_a_share_for_small_community_organisations
{
    [Fact]
    public void a_contract_that_passes_less_than_its_required_share_falls_short()
    {
        var contract = WithSmallLocalShare(29_990m);

        contract.RequireSmallShare(30m);

        Assert.Equal(30m, contract.RequiredSmallShare);
        Assert.Equal(29.99m, contract.SmallLocalShare);
        Assert.True(contract.FallsShortOfRequiredSmallShare);
    }

    [Fact]
    public void a_contract_that_passes_exactly_its_required_share_does_not_fall_short()
    {
        var contract = WithSmallLocalShare(30_000m);

        contract.RequireSmallShare(30m);

        Assert.Equal(30m, contract.SmallLocalShare);
        Assert.False(contract.FallsShortOfRequiredSmallShare);
    }

    [Fact]
    public void a_contract_that_requires_no_share_never_falls_short()
    {
        var contract = WithSmallLocalShare(0m);

        contract.RequireSmallShare(null);

        Assert.Null(contract.RequiredSmallShare);
        Assert.False(contract.FallsShortOfRequiredSmallShare);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(100.01)]
    [InlineData(12.345)]
    public void a_share_that_is_not_a_percentage_above_nothing_is_refused(double percentage)
    {
        var contract = A.FundedContract();

        var refused = Assert.Throws<DomainException>(() => contract.RequireSmallShare((decimal)percentage));

        Assert.Equal(nameof(Contract.RequiredSmallShare), refused.Field);
        Assert.Null(contract.RequiredSmallShare);
    }

    /// <summary>A £100,000 contract whose one small, Leeds-based subcontractor receives <paramref name="smallShare"/> a year.</summary>
    private static Contract WithSmallLocalShare(decimal smallShare)
    {
        var contract = A.FundedContract(100_000m);
        var lines = new List<ContractProviderLine> { new(A.Provider("Leeds Mind"), ProviderRole.Lead) };
        if (smallShare > 0)
        {
            lines.Add(new ContractProviderLine(A.SmallLocalProvider(), ProviderRole.Subcontractor, smallShare));
        }

        contract.SetProviders(lines);
        return contract;
    }
}
