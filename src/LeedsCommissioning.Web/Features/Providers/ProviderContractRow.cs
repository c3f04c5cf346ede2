using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Reference;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Providers;

public sealed record ProviderContractRow(
    int ContractId, string Reference, string Title, ServiceArea ServiceArea, ContractStatus Status,
    ProviderRole Role, decimal AnnualShare, decimal ContractAnnualValue, DateOnly CurrentEndDate)
{
    public bool IsDelivering => ContractLifecycle.IsDelivering(Status);
}
