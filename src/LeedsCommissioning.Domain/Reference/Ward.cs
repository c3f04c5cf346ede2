namespace LeedsCommissioning.Domain.Reference;

/// <summary>
/// One of Leeds' 33 electoral wards (reference data, seeded at every start from <see cref="LeedsWards"/>),
/// in one of the three localities. Providers record the wards they work in (issue 4).
/// </summary>
public sealed class Ward
{
    private Ward() { }

    public Ward(string name, Locality locality)
    {
        Name = name;
        Locality = locality;
    }

    public int Id { get; private set; }

    public string Name { get; private set; } = "";

    public Locality Locality { get; private set; }
}
