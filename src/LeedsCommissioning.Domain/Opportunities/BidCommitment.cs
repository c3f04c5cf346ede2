namespace LeedsCommissioning.Domain.Opportunities;

public sealed class BidCommitment
{
    private BidCommitment() { }

    internal BidCommitment(int criterionId, decimal quantity)
    {
        SocialValueCriterionId = criterionId;
        Quantity = quantity;
    }

    public int Id { get; private set; }

    public int BidId { get; private set; }

    public int SocialValueCriterionId { get; private set; }

    public decimal Quantity { get; private set; }
}
