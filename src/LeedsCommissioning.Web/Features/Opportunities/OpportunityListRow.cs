using LeedsCommissioning.Domain.Reference;

namespace LeedsCommissioning.Web.Features.Opportunities;

public sealed record OpportunityListRow(
    int Id, string Title, ServiceArea ServiceArea, string Organisation, decimal EstimatedValue, DateTime BidDeadlineUtc,
    int LotCount, bool SuitableForSmallOrganisations);
