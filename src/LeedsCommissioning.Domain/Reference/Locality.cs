namespace LeedsCommissioning.Domain.Reference;

/// <summary>Leeds' three localities, each a group of electoral wards.</summary>
public enum Locality
{
    NorthEast = 0,
    SouthEast = 1,
    WestNorthWest = 2,
}

public static class LocalityNames
{
    public static string ToDisplayName(this Locality locality) => locality switch
    {
        Locality.NorthEast => "North East",
        Locality.SouthEast => "South East",
        Locality.WestNorthWest => "West North West",
        _ => locality.ToString(),
    };
}
