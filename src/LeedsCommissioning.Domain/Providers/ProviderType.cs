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
