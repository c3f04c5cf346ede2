using LeedsCommissioning.Domain.Contracts;

namespace LeedsCommissioning.Web.Features.Contracts;

public sealed record OurContractsViewModel(string OrganisationName, IReadOnlyList<OurContractRow> Rows)
{
    public decimal OurTotal => Rows.Where(r => ContractLifecycle.IsDelivering(r.Status)).Sum(r => r.OurShare);
}
