namespace LeedsCommissioning.Domain.Providers;

public static class ProviderEnumNames
{
    public static string ToDisplayName(this ProviderType type) => type switch
    {
        ProviderType.RegisteredCharity => "Registered charity",
        ProviderType.CommunityInterestCompany => "Community interest company",
        ProviderType.Company => "Company",
        ProviderType.NhsTrust => "NHS trust",
        ProviderType.PublicBody => "Public body",
        ProviderType.Consortium => "Consortium",
        _ => type.ToString(),
    };

    public static string ToDisplayName(this VettingStatus status) => status switch
    {
        VettingStatus.NotVetted => "Not vetted",
        VettingStatus.Pending => "Pending",
        VettingStatus.Vetted => "Vetted (Green Tick)",
        VettingStatus.Lapsed => "Lapsed",
        _ => status.ToString(),
    };

    public static string ToDisplayName(this CqcRating rating) => rating switch
    {
        CqcRating.NotYetRated => "Not yet rated",
        CqcRating.Outstanding => "Outstanding",
        CqcRating.Good => "Good",
        CqcRating.RequiresImprovement => "Requires improvement",
        CqcRating.Inadequate => "Inadequate",
        _ => rating.ToString(),
    };

    public static string ToDisplayName(this SizeBand band) => band switch
    {
        SizeBand.Micro => "Micro (under £10,000)",
        SizeBand.Small => "Small (£10,000 to £99,999)",
        SizeBand.Medium => "Medium (£100,000 to £999,999)",
        SizeBand.Large => "Large (£1 million or more)",
        _ => band.ToString(),
    };
}
