namespace LeedsCommissioning.Domain.Reference;

/// <summary>Leeds' three localities, each a group of electoral wards.</summary>
public enum Locality
{
    NorthEast = 0,
    SouthEast = 1,
    WestNorthWest = 2,
}
