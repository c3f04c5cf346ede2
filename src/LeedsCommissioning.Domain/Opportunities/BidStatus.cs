namespace LeedsCommissioning.Domain.Opportunities;

public enum BidStatus
{
    Draft = 0,
    Submitted = 1,
    Withdrawn = 2,
}
