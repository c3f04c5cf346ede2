using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Decommissioning;
using LeedsCommissioning.Domain.Organisations;
using LeedsCommissioning.Domain.Renewals;
using LeedsCommissioning.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Infrastructure.Seeding;

/// <summary>
/// A decommissioning case in progress (issue 14, "Demo data"): Home from hospital (NHS-funded, so the CCG route), to end
/// early on 31 March 2027. Its third-sector partner Age UK Leeds was told on 20 November 2026, less than six months before,
/// so its notice is short and still needs a reason; some principles are evidenced and some not; one conversation is in
/// the engagement log; and the exit plan has an overdue task (records and data, due 20 November 2026). Built through the
/// domain's methods, so the demo obeys the rules a user would.
/// </summary>
internal static class DemoDecommissioning
{
    public const string ContractReference = "NHS-LEEDS-2024-002";

    public static async Task EnsureAsync(CommissioningDbContext db, CancellationToken cancellationToken)
    {
        var contract = await db.Contracts.Include(c => c.Providers).ThenInclude(p => p.Provider).AsSplitQuery()
            .SingleOrDefaultAsync(c => c.Reference == ContractReference, cancellationToken);
        if (contract is null || await db.DecommissioningCases.AnyAsync(c => c.ContractId == contract.Id, cancellationToken))
        {
            return;
        }

        var tom = await db.Users.Where(u => u.Email == "ccg@example.org").Select(u => new { u.Id, u.DisplayName }).SingleAsync(cancellationToken);
        var today = new DateOnly(2026, 11, 26);
        var rules = new RenewalRules();
        var c = DecommissioningCase.Start(contract, [CommissioningOrganisationKind.Nhs], CommissioningOrganisationKind.Nhs, DecommissioningCase.DefaultExitTasks,
            tom.Id, tom.DisplayName, new DateTime(2026, 10, 5, 9, 30, 0, DateTimeKind.Utc));
        c.DescribeCase(CaseForChangeKind.Decommissioning,
            "Support after a hospital stay moves into the integrated neighbourhood teams from April 2027, so this separate service is no longer needed.",
            "Referrals fell from 620 in 2024 to 410 in 2025 as neighbourhood teams took on discharge support; 70% of people supported were already known to them.",
            new DateOnly(2027, 3, 31), null, contract);
        c.DescribeImpact(85, "Older people in the first weeks after leaving hospital, and their carers",
            "Everyone open to the service on 1 March 2027 is handed to a named worker in their neighbourhood team, with a joint visit.");
        c.RecordChecklist(
        [
            (CaseCheck.TangibleEvidence, "Referral and outcome figures 2024 to 2026", null, null),
            (CaseCheck.ProviderEngagedEarly, "Both providers told at the contract review on 2 October 2026", null, null),
            (CaseCheck.DataShared, "Activity data shared with both providers and the neighbourhood teams", null, null),
            (CaseCheck.FinancialRequirements, "Saving of £420,000 a year from April 2027 in the Better Care Fund plan", null, null),
        ]);
        c.LogEngagement(new DateOnly(2026, 10, 2), "Leeds Irish Health and Homes and Age UK Leeds, with Tom Bennett",
            "Both understand the reasons; Age UK Leeds asked for time to redeploy its volunteers and for a joint letter to people using the service.", today);
        c.PlanExit(
        [
            (1, "Tom Bennett", tom.Id, new DateOnly(2027, 1, 31), null),
            (2, "Tom Bennett", tom.Id, new DateOnly(2027, 3, 1), null),
            (3, "Tom Bennett", tom.Id, new DateOnly(2026, 11, 20), null),
            (4, "Communications team, NHS Leeds", null, new DateOnly(2026, 12, 15), null),
        ], today);
        var ageUk = c.CompactNotices.Single(n => n.ProviderName == "Age UK Leeds");
        c.RecordCompactNotices([(ageUk.ProviderId, new DateOnly(2026, 11, 20), "Letter from the head of commissioning, sent by e-mail", null)], today, rules);
        db.DecommissioningCases.Add(c);
        await db.SaveChangesAsync(cancellationToken);
    }
}
