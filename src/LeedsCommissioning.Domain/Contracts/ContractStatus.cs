
namespace LeedsCommissioning.Domain.Contracts;

/// <summary>Where a contract is in its lifecycle (issue 4).</summary>
public enum ContractStatus
{
    Planned = 0,
    Procuring = 1,
    Awarded = 2,
    Mobilising = 3,
    Live = 4,
    InExtension = 5,
    Ending = 6,
    Ended = 7,
    Decommissioned = 8,
}
