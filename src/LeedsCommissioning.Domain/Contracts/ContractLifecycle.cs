using LeedsCommissioning.Domain.Common;

namespace LeedsCommissioning.Domain.Contracts;

/// <summary>
/// The allowed status changes, in one place (issue 4: "with allowed transitions only").
/// Planned → Procuring → Awarded → Mobilising → Live → In extension → Ending → Ended;
/// Live may go straight to Ending; Live, In extension and Ending may be decommissioned
/// (domain.md section 5). Ended and Decommissioned are final. There is no "cancelled": the issue's
/// list has none, so a plan that is dropped stays Planned (or is deleted before it is procured).
/// </summary>
public static class ContractLifecycle
{
    public static IReadOnlyDictionary<ContractStatus, IReadOnlyList<ContractStatus>> Transitions { get; } =
        new Dictionary<ContractStatus, IReadOnlyList<ContractStatus>>
        {
            [ContractStatus.Planned] = [ContractStatus.Procuring],
            [ContractStatus.Procuring] = [ContractStatus.Awarded],
            [ContractStatus.Awarded] = [ContractStatus.Mobilising],
            [ContractStatus.Mobilising] = [ContractStatus.Live],
            [ContractStatus.Live] = [ContractStatus.InExtension, ContractStatus.Ending, ContractStatus.Decommissioned],
            [ContractStatus.InExtension] = [ContractStatus.Ending, ContractStatus.Decommissioned],
            [ContractStatus.Ending] = [ContractStatus.Ended, ContractStatus.Decommissioned],
            [ContractStatus.Ended] = [],
            [ContractStatus.Decommissioned] = [],
        };

    public static bool IsAllowed(ContractStatus from, ContractStatus to) =>
        Transitions.TryGetValue(from, out var next) && next.Contains(to);

    /// <summary>Statuses in which the service is being delivered.</summary>
    public static bool IsDelivering(ContractStatus status) =>
        status is ContractStatus.Live or ContractStatus.InExtension or ContractStatus.Ending;

    /// <summary>Ending, ended or decommissioned: reached only through <see cref="Contract.End"/>, with a reason (issue 19).</summary>
    public static bool IsEnding(ContractStatus status) =>
        status is ContractStatus.Ending or ContractStatus.Ended or ContractStatus.Decommissioned;

    /// <summary>Ended or decommissioned: nothing more can happen.</summary>
    public static bool IsFinal(ContractStatus status) => Transitions[status].Count == 0;

    public static string ToDisplayName(this ContractStatus status) => status switch
    {
        ContractStatus.Planned => "Planned",
        ContractStatus.Procuring => "Procuring",
        ContractStatus.Awarded => "Awarded",
        ContractStatus.Mobilising => "Mobilising",
        ContractStatus.Live => "Live",
        ContractStatus.InExtension => "In extension",
        ContractStatus.Ending => "Ending",
        ContractStatus.Ended => "Ended",
        ContractStatus.Decommissioned => "Decommissioned",
        _ => status.ToString(),
    };

    internal static void EnsureAllowed(ContractStatus from, ContractStatus to)
    {
        if (!IsAllowed(from, to))
        {
            throw new DomainException(
                $"A contract that is {from.ToDisplayName().ToLowerInvariant()} cannot become {to.ToDisplayName().ToLowerInvariant()}",
                "Status");
        }
    }
}
