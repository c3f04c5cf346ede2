namespace LeedsCommissioning.Infrastructure.Identity;

/// <summary>Claims the portal adds to the sign-in cookie.</summary>
public static class AppClaimTypes
{
    /// <summary>The id of the provider organisation a provider user belongs to.</summary>
    public const string ProviderId = "lc:provider_id";

    public const string DisplayName = "lc:display_name";

    public const string CommissioningOrganisationId = "lc:commissioning_organisation_id";
}
