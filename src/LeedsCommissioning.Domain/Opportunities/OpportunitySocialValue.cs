using LeedsCommissioning.Domain.Common;

namespace LeedsCommissioning.Domain.Opportunities;

/// <summary>A social value criterion from the library that this opportunity asks bidders to commit to.</summary>
public sealed class OpportunitySocialValue : IAuditable
{
    private OpportunitySocialValue() { }

    internal OpportunitySocialValue(int criterionId) => SocialValueCriterionId = criterionId;

    public int OpportunityId { get; private set; }

    public int SocialValueCriterionId { get; private set; }
}
