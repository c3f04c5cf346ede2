using System.Reflection;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Providers;
using LeedsCommissioning.Domain.Reference;

namespace LeedsCommissioning.Domain.Tests.Contracts;

/// <summary>Test data builders.</summary>
internal static class A
{
    private static int _nextId = 1000;

    public static Contract Contract(decimal annualValue = 100_000m, DateOnly? start = null, DateOnly? end = null) =>
        new(
            "LCC-AH-2019-014", "Live Well Leeds", ServiceArea.SupportInTheCommunity, 1, AgreementType.Contract,
            PaymentMechanism.Block, ContractAwardRoute.OpenTender,
            start ?? new DateOnly(2019, 4, 1), end ?? new DateOnly(2024, 3, 31), annualValue);

    /// <summary>A contract with balanced funding (one LCC line), still Planned.</summary>
    public static Contract FundedContract(decimal annualValue = 100_000m, DateOnly? start = null, DateOnly? end = null)
    {
        var contract = Contract(annualValue, start, end);
        contract.SetFunding([FundingLine.FromOrganisation(1, FundingStream.LccBudget, annualValue)]);
        return contract;
    }

    /// <summary>A funded contract walked along the lifecycle to <paramref name="status"/>.</summary>
    public static Contract ContractIn(ContractStatus status)
    {
        var contract = FundedContract();
        var path = new[]
        {
            ContractStatus.Procuring, ContractStatus.Awarded, ContractStatus.Mobilising, ContractStatus.Live,
        };
        foreach (var step in path)
        {
            if (contract.Status == status)
            {
                return contract;
            }

            contract.MoveTo(step);
        }

        switch (status)
        {
            case ContractStatus.Live:
                break;
            case ContractStatus.InExtension:
                contract.MoveTo(ContractStatus.InExtension);
                break;
            case ContractStatus.Ending:
                contract.MoveTo(ContractStatus.Ending);
                break;
            case ContractStatus.Ended:
                contract.MoveTo(ContractStatus.Ending);
                contract.MoveTo(ContractStatus.Ended);
                break;
            case ContractStatus.Decommissioned:
                contract.MoveTo(ContractStatus.Decommissioned);
                break;
        }

        return contract;
    }

    /// <summary>A saved-looking provider (with an id), as a screen would load it.</summary>
    public static Provider Provider(string name = "Leeds Mind", decimal? income = 2_000_000m, bool leedsBased = true,
        ProviderType type = ProviderType.RegisteredCharity)
    {
        var provider = new Provider(name, type);
        provider.SetIncome(income, income is null ? null : 2025);
        provider.SetLeedsBased(leedsBased);
        typeof(Provider).GetProperty(nameof(Domain.Providers.Provider.Id))!
            .SetValue(provider, Interlocked.Increment(ref _nextId), BindingFlags.NonPublic | BindingFlags.Instance, null, null, null);
        return provider;
    }

    public static Provider SmallLocalProvider(string name = "Chapeltown Wellbeing Collective") =>
        Provider(name, 45_000m, leedsBased: true);
}
