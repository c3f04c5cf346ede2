using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Reference;

namespace LeedsCommissioning.Web.Features.Contracts;

/// <summary>One of the provider user's contracts, with their own part in it.</summary>
public sealed record OurContractRow(
    int Id, string Reference, string Title, ServiceArea ServiceArea, string? LeadProvider, ContractStatus Status,
    DateOnly CurrentEndDate, decimal AnnualValue, ProviderRole OurRole, decimal OurShare);
