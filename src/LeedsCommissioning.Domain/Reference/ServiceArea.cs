namespace LeedsCommissioning.Domain.Reference;

/// <summary>
/// The Market Position Statement's own service areas: "five service areas ... a continuum of care" (MPS section 5
/// and Appendix B; domain.md section 2): universal, prevention and early intervention; support in the community;
/// support to live independently; primary and extended care services; supported accommodation (including
/// children's placements). An enum, not a reference table: the register's filters, exports and CSV import need a
/// fixed vocabulary and the list changes only with the MPS. It is stored as text.
/// </summary>
public enum ServiceArea
{
    UniversalPreventionAndEarlyIntervention = 0,
    SupportInTheCommunity = 1,
    SupportToLiveIndependently = 2,
    PrimaryAndExtendedCare = 3,
    SupportedAccommodation = 4,
}
