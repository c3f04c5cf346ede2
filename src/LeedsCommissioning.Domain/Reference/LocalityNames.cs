namespace LeedsCommissioning.Domain.Reference;

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
