using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Domain.Providers;
using LeedsCommissioning.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Infrastructure.Seeding;

/// <summary>
/// The social value library (domain.md section 6): each criterion maps to one Leeds Social Value Charter
/// principle and has a measurable unit, so a bid's commitments can later be monitored against actuals.
/// Reference data: added at every start when missing.
/// </summary>
public static class SocialValueLibrary
{
    /// <summary>
    /// The library. "Small" is the one definition (<see cref="SizeBands"/>: micro or small, income under the
    /// configured lower bound of medium), so the community subcontracting criterion names the configured figure.
    /// </summary>
    public static IReadOnlyList<SocialValueCriterion> Criteria =>
    [
        new("SV-LOCAL-JOBS", "Leeds residents employed in new jobs", CharterPrinciple.EmploymentTrainingGoodEmployer, "jobs (full-time equivalent)", "New posts filled by people living in Leeds."),
        new("SV-APPRENTICESHIPS", "Apprenticeships and traineeships for Leeds residents", CharterPrinciple.EmploymentTrainingGoodEmployer, "apprenticeships", "Started during the contract, at least 12 months each."),
        new("SV-PLACEMENTS", "Work placements for people facing barriers to work", CharterPrinciple.EmploymentTrainingGoodEmployer, "placements", "At least two weeks each, e.g. for care leavers or people with lived experience."),
        new("SV-LIVING-WAGE", "Staff on the contract paid at least the Real Living Wage", CharterPrinciple.EmploymentTrainingGoodEmployer, "staff", null),
        new("SV-LEEDS-SPEND", "Money spent with Leeds-based suppliers and organisations", CharterPrinciple.LeedsPoundInLeeds, "pounds", "The Leeds pound in Leeds: supply-chain spend with organisations based in Leeds."),
        new("SV-COMMUNITY-SUBCONTRACT", "Money passed to small Leeds community organisations", CharterPrinciple.CommunityLedOrganisations, "pounds", $"Grants or subcontracts to small community-led organisations (micro or small: income under {Money.Text(SizeBands.SmallBelow)} a year). Live Well Leeds passes on 30%."),
        new("SV-VOLUNTEER-HOURS", "Volunteering hours supported", CharterPrinciple.CommunityLedOrganisations, "hours", "Hours given by volunteers the provider recruits, trains and supports."),
        new("SV-PARTNERSHIP-SESSIONS", "Joint sessions with other Leeds services and community groups", CharterPrinciple.Partnership, "sessions", null),
        new("SV-CARBON", "Carbon dioxide emissions avoided", CharterPrinciple.SustainableFairEthical, "tonnes CO2e", "Against the provider's baseline, e.g. from travel and buildings (climate emergency)."),
    ];

    public static async Task EnsureAsync(CommissioningDbContext db, CancellationToken cancellationToken = default)
    {
        var existing = await db.SocialValueCriteria.ToDictionaryAsync(c => c.Code, cancellationToken);
        foreach (var c in Criteria)
        {
            if (!existing.TryGetValue(c.Code, out var stored))
            {
                db.SocialValueCriteria.Add(new SocialValueCriterion(c.Code, c.Name, c.Principle, c.Unit, c.Description));
            }
            else if (stored.Description != c.Description)
            {
                // The description follows the configured size bands (reference data, not a user's record).
                db.Entry(stored).Property(x => x.Description).CurrentValue = c.Description;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
