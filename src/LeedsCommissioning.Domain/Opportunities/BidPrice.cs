namespace LeedsCommissioning.Domain.Opportunities;

public sealed class BidPrice
{
    private BidPrice() { }

    internal BidPrice(int year, decimal amount)
    {
        Year = year;
        Amount = amount;
    }

    public int Id { get; private set; }

    public int BidId { get; private set; }

    public int Year { get; private set; }

    public decimal Amount { get; private set; }
}
