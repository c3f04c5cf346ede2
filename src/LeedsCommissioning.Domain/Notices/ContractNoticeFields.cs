using LeedsCommissioning.Domain.Contracts;

namespace LeedsCommissioning.Domain.Notices;

/// <summary>Fields every notice about a contract (UK7, UK9, UK10, UK11) writes the same way.</summary>
public static class ContractNoticeFields
{
    /// <summary>The contract's providers with their part, "Name (lead provider); Name (subcontractor)", or null when none is recorded. Needs Providers.Provider loaded.</summary>
    public static string? Suppliers(Contract contract)
    {
        var suppliers = contract.Providers.OrderBy(p => p.Role).ThenBy(p => p.Provider.Name)
            .Select(p => $"{p.Provider.Name} ({p.Role.ToDisplayName().ToLowerInvariant()})").ToList();
        return suppliers.Count == 0 ? null : string.Join("; ", suppliers);
    }
}
