using LeedsCommissioning.Domain.Contracts;

namespace LeedsCommissioning.Web.Features.Contracts;

public sealed record RegisterRow(
    int Id, string Reference, string Title, string? LeadProvider, ContractStatus Status,
    DateOnly CurrentEndDate, decimal AnnualValue, decimal SmallLocalShare, decimal? RequiredSmallShare = null)
{
    /// <summary>The contract requires a share for small community organisations and reaches less (as <see cref="Contract.FallsShortOfRequiredSmallShare"/>).</summary>
    public bool FallsShort => Contract.IsShortOfRequiredShare(SmallLocalShare, RequiredSmallShare);
}
