namespace LeedsCommissioning.Domain.Reference;

public static class ServiceAreaNames
{
    /// <summary>The MPS's names (section 5 and its introduction's "continuum of care").</summary>
    public static string ToDisplayName(this ServiceArea area) => area switch
    {
        ServiceArea.UniversalPreventionAndEarlyIntervention => "Universal, prevention and early intervention",
        ServiceArea.SupportInTheCommunity => "Support in the community",
        ServiceArea.SupportToLiveIndependently => "Support to live independently",
        ServiceArea.PrimaryAndExtendedCare => "Primary and extended care services",
        ServiceArea.SupportedAccommodation => "Supported accommodation (including children's placements)",
        _ => area.ToString(),
    };
}
