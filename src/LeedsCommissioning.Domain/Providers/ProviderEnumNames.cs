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

    /// <summary>The band with its configured figures (<see cref="SizeBands.Describe"/>).</summary>
    public static string ToDisplayName(this SizeBand band) => SizeBands.Describe(band);
}
