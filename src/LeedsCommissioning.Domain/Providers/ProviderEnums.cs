namespace LeedsCommissioning.Domain.Providers;

/// <summary>The legal form of a provider organisation (issue 4).</summary>
public enum ProviderType
{
    RegisteredCharity = 0,
    CommunityInterestCompany = 1,
    Company = 2,
    NhsTrust = 3,
    PublicBody = 4,
    Consortium = 5,
}

/// <summary>Leeds Directory "Green Tick" vetting (domain.md section 3, "Micro-commissioning").</summary>
public enum VettingStatus
{
    NotVetted = 0,
    Pending = 1,
    Vetted = 2,
    Lapsed = 3,
}

/// <summary>A CQC-registered location's overall rating (domain.md section 7).</summary>
public enum CqcRating
{
    NotYetRated = 0,
    Outstanding = 1,
    Good = 2,
    RequiresImprovement = 3,
    Inadequate = 4,
}

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
