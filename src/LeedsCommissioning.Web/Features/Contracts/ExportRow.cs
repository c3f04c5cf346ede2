using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Reference;

namespace LeedsCommissioning.Web.Features.Contracts;

/// <summary>One contract as the downloads show it; <see cref="Funders"/> largest contribution first.</summary>
public sealed record ExportRow(
    string Reference, string Title, ServiceArea ServiceArea, string Organisation, string? LeadProvider, ContractStatus Status,
    DateOnly StartDate, DateOnly CurrentEndDate, decimal AnnualValue, decimal WholeLifeValue, decimal SmallLocalShare,
    bool? LeadIsThirdSector, IReadOnlyList<string?> Funders);
