namespace LeedsCommissioning.Domain.Opportunities;

public sealed class BidConsortiumMember
{
    private BidConsortiumMember() { }

    internal BidConsortiumMember(string name) => Name = name;

    public int Id { get; private set; }

    public int BidId { get; private set; }

    public string Name { get; private set; } = "";
}
