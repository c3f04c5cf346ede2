using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Decisions;
using LeedsCommissioning.Domain.Performance;
using LeedsCommissioning.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Infrastructure.Seeding;

/// <summary>
/// Contract performance for the demo (issue 15, "Changes and performance during the contract"): three key performance
/// indicators on each demo contract worth more than £5m and on two others, a contract year of ratings on most of them, one
/// record of persistent poor performance (home care) and one variation awaiting the director's decision (Live Well Leeds).
/// The indicators and figures are illustrative: the sources name none. Built through the domain's methods, so the demo
/// obeys the rules a user would.
/// </summary>
internal static class DemoPerformance
{
    public const string VariationContract = "LCC-AH-2019-014";
    public const string PoorPerformanceContract = "LCC-AH-2021-006";

    private static readonly DateTime RecordedAt = new(2026, 10, 14, 9, 0, 0, DateTimeKind.Utc);

    private sealed record Plan(string Reference, KpiLine[] Kpis, int? RatedYear, PerformanceRating[] Ratings, DateOnly RatedOn);

    private static IEnumerable<Plan> Plans()
    {
        var good = PerformanceRating.Good;
        yield return new Plan(VariationContract,
        [
            new("People who say they feel less isolated", "Share of people asked at the end of their support, from the service's outcome questionnaire", "80% each contract year"),
            new("Referrals seen within 10 working days", "Share of new referrals with a first conversation within 10 working days of referral", "90%"),
            new("Share of the value reaching small community organisations", "Payments to the 16 community subcontractors as a share of the annual value", "At least 30%"),
        ], 7, [good, PerformanceRating.ApproachingTarget, good], new DateOnly(2026, 5, 12));
        yield return new Plan(PoorPerformanceContract,
        [
            new("Care visits on time", "Share of planned visits started within 30 minutes of the planned time, from electronic call monitoring", "95%"),
            new("Packages started within 7 days", "Share of new packages of care started within 7 days of the request", "85%"),
            new("Staff turnover", "Care workers leaving in the year as a share of the average number employed", "Below 25%"),
        ], 5, [PerformanceRating.RequiresImprovement, PerformanceRating.Inadequate, PerformanceRating.ApproachingTarget], new DateOnly(2026, 6, 20));
        yield return new Plan("LCC-AH-2018-008",
        [
            new("Homes rated good or outstanding by the CQC", "Share of framework homes with a CQC rating of good or outstanding at the year's end", "85%"),
            new("Residents with a care plan reviewed in the year", "Share of residents whose care plan was reviewed with them or their family", "100%"),
            new("Safeguarding concerns acted on within 24 hours", "Share of concerns raised with the council within 24 hours", "100%"),
        ], 8, [good, good, PerformanceRating.ApproachingTarget], new DateOnly(2026, 7, 28));
        yield return new Plan("LCC-PH-2022-003",
        [
            new("Successful completions of treatment", "People leaving treatment free of dependence and not returning within six months, as a share of all in treatment", "At or above the national average"),
            new("Waiting time to start treatment", "Share of people starting treatment within three weeks of referral", "95%"),
            new("Naloxone kits given out", "Kits given to people at risk of overdose, their families and hostels", "1,200 a year"),
        ], null, [], default);
        yield return new Plan("LCC-AH-2025-004",
        [
            new("Statutory advocacy referrals allocated within 5 working days", "Share of Care Act and mental health advocacy referrals allocated to an advocate", "95%"),
            new("People who say advocacy helped them be heard", "Share of people asked when their advocacy ends", "85%"),
            new("Community advocacy sessions held by partners", "Drop-in sessions run by Leeds Mencap and Pyramid of Arts", "150 a year"),
        ], 1, [good, good, PerformanceRating.RequiresImprovement], new DateOnly(2026, 4, 30));
        yield return new Plan("LCC-PH-2025-002",
        [
            new("Appointments offered within 48 hours", "Share of people asking for an appointment who are offered one within 48 hours", "98%"),
            new("Take-up of long-acting reversible contraception", "Fittings per 1,000 women aged 15 to 44 in Leeds", "60"),
            new("Testing in outreach settings", "Tests carried out outside the clinics, in community and online services", "8,000 a year"),
        ], 1, [good, PerformanceRating.ApproachingTarget, good], new DateOnly(2026, 5, 5));
    }

    public static async Task EnsureAsync(CommissioningDbContext db, CancellationToken cancellationToken)
    {
        if (await db.KeyPerformanceIndicators.AnyAsync(cancellationToken))
        {
            return;
        }

        var priya = await db.Users.Where(u => u.Email == "commissioner@example.org").Select(u => new { u.Id, u.DisplayName }).SingleAsync(cancellationToken);
        var today = new DateOnly(2026, 11, 26);
        foreach (var plan in Plans())
        {
            var contract = await db.Contracts.Include(c => c.Kpis).ThenInclude(k => k.Ratings).Include(c => c.Failures).Include(c => c.Changes)
                .AsSplitQuery().SingleOrDefaultAsync(c => c.Reference == plan.Reference, cancellationToken);
            if (contract is null)
            {
                continue;
            }

            contract.SetKpis(plan.Kpis, null);
            await db.SaveChangesAsync(cancellationToken);
            if (plan.RatedYear is { } year)
            {
                for (var i = 0; i < plan.Ratings.Length; i++)
                {
                    contract.RateKpi(contract.Kpis[i].Id, year, plan.Ratings[i], plan.RatedOn,
                        plan.Ratings[i] == PerformanceRating.Good ? null : "Discussed at the annual contract review; an improvement plan is agreed where it is below target.",
                        priya.Id, priya.DisplayName, today);
                }
            }

            if (plan.Reference == PoorPerformanceContract)
            {
                contract.RecordFailure(PerformanceFailureKind.PersistentPoorPerformance, new DateOnly(2026, 9, 14),
                    "Visits started late in the east zone for the third month running: 78% on time in July, 76% in August and 74% in September, against a target of 95%.",
                    "Performance improvement plan agreed on 21 September 2026: two more coordinators, rotas reset around school hours, weekly figures to the commissioner until three months are on target.",
                    priya.Id, priya.DisplayName, RecordedAt, today);
            }

            if (plan.Reference == VariationContract)
            {
                contract.ProposeVariation(
                    "Adds peer support groups for people waiting for NHS talking therapies, run by the 16 community organisations in the partnership.",
                    600_000m,
                    new ChangeRecord(new DateOnly(2026, 12, 1),
                        "Waiting lists for talking therapies in Leeds have grown; the ICB asked for support while people wait, funded from its mental health investment.",
                        priya.Id, priya.DisplayName, RecordedAt),
                    DecisionRules.Default);
            }

            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
