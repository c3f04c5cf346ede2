using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Reference;
using LeedsCommissioning.Domain.Renewals;
using LeedsCommissioning.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Infrastructure.Seeding;

/// <summary>
/// The renewals pipeline's demo (issue 14): the forward plan's published intentions in both bands, in the words of the
/// market position statement's Appendix B (domain.md section 8a), and renewal plans on a few contracts of the register:
/// Live Well Leeds to be recommissioned by open tender (its successor is being procured), the independent advocacy hub
/// to be extended on the evidence of its quality (domain.md section 7), Home from hospital undecided and overdue, and,
/// relative to the seeding clock, an optional extension of Home from hospital whose decide-by date has passed.
/// </summary>
internal static class DemoRenewals
{
    public static async Task EnsureAsync(CommissioningDbContext db, IReadOnlyDictionary<string, string> userIds, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await db.ForwardPlanIntentions.AnyAsync(cancellationToken) || await db.RenewalPlans.AnyAsync(cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var today = clock.UkToday();
        var organisations = await db.CommissioningOrganisations.ToDictionaryAsync(o => o.Code, o => o.Id, cancellationToken);
        foreach (var seed in ForwardPlan)
        {
            var intention = new ForwardPlanIntention(seed with { CommissioningOrganisationId = organisations[seed.Organisation] }, now);
            intention.Publish(now);
            db.ForwardPlanIntentions.Add(intention);
        }

        var contracts = await db.Contracts.Include(c => c.Extensions)
            .Where(c => c.Reference == "LCC-AH-2019-014" || c.Reference == "LCC-AH-2025-004" || c.Reference == "NHS-LEEDS-2024-002")
            .ToDictionaryAsync(c => c.Reference, cancellationToken);
        var priya = userIds.GetValueOrDefault(DemoContracts.Commissioner.Priya);
        var tom = userIds.GetValueOrDefault(DemoContracts.Commissioner.Tom);

        // Live Well Leeds: recommissioned by open tender; the successor in the register is worth £1.4m a year for five years.
        db.RenewalPlans.Add(new RenewalPlan(contracts["LCC-AH-2019-014"].Id, new RenewalDecision(
            RenewalIntention.Recommission, RenewalRoute.OpenTender, priya, DemoContracts.Commissioner.Priya,
            "Both extensions have been taken, so the contract cannot run on. The successor is being procured in lots, so small community organisations can bid.",
            7_000_000m, today.AddMonths(-14)), today, now));

        // Independent advocacy hub: extension 1 intended, on the evidence of its quality (domain.md section 7).
        db.RenewalPlans.Add(new RenewalPlan(contracts["LCC-AH-2025-004"].Id, new RenewalDecision(
            RenewalIntention.Extend, RenewalRoute.Extension, userIds.GetValueOrDefault(DemoContracts.Commissioner.Claire), DemoContracts.Commissioner.Claire,
            "Quarterly Quality Management Framework reviews in 2026 found the service well led, safe and effective, and it is meeting every requirement of the contract; service users' feedback gathered by the provider is positive.",
            null, today.AddDays(-20)), today, now));

        // Home from hospital: an optional 12-month extension whose decision date passed two weeks ago, still undecided.
        var homeFromHospital = contracts["NHS-LEEDS-2024-002"];
        homeFromHospital.AddExtension(12, today.AddDays(-14));
        db.RenewalPlans.Add(new RenewalPlan(homeFromHospital.Id, new RenewalDecision(
            RenewalIntention.Undecided, null, tom, DemoContracts.Commissioner.Tom, null, null, null), today, now));

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Published intentions from MPS Appendix B, word for word; the organisation is the demo's choice, the estimated value left blank (the MPS gives none).</summary>
    private static IEnumerable<ForwardPlanSeed> ForwardPlan =>
    [
        new("LCC-CF", ServiceArea.UniversalPreventionAndEarlyIntervention, ForwardPlanBand.ShortTerm, "Youth work services",
            "Tenders will be undertaken throughout 2019 for six new contracts to start April 2020. Voluntary Action Leeds are offering support to form consortia and we will be consulting on key elements of the new specifications. These will be new services where we will be asking providers to work in partnership and continually develop to meet changing need. The contracts to be awarded for April 2020 onwards will be for 4+2 years with the aim of giving stability to the sector.",
            "Tenders will be undertaken throughout 2019", "April 2020", "4+2 years", null, true, true,
            "Voluntary Action Leeds are offering support to form consortia"),
        new("LCC-CF", ServiceArea.UniversalPreventionAndEarlyIntervention, ForwardPlanBand.ShortTerm, "Young carers",
            "Competitive tender exercises to be undertaken around September 2019 in preparation for a new contract to commence around April 2020",
            "around September 2019", "around April 2020", null, "Competitive tender", false, false, null),
        new("LCC-AH", ServiceArea.UniversalPreventionAndEarlyIntervention, ForwardPlanBand.ShortTerm, "Adult Carers",
            "An open procurement process will be undertaken to identify a suitable provider or providers to deliver a redesigned Carers Emergency Scheme from 1st April 2020.",
            null, "1st April 2020", null, "open procurement process", false, false, null),
        new("LCC-AH", ServiceArea.UniversalPreventionAndEarlyIntervention, ForwardPlanBand.LongerTerm, "Older People",
            "Commissioners are keen to see the development of more community led activities that have been adopted using an asset based community development approach to meet demand for preventative services for older people.",
            null, null, null, null, false, false, null),
        new("LCC-AH", ServiceArea.UniversalPreventionAndEarlyIntervention, ForwardPlanBand.LongerTerm, "Sensory impairment",
            "In 2020 a review of the current service will commence to inform future commissioning plans.",
            null, null, null, null, false, false, null),
        new("LCC-AH", ServiceArea.SupportInTheCommunity, ForwardPlanBand.LongerTerm, "Leeds Hearing and Sight Loss Service",
            "contract expires 31 March 2022. A review and future procurement options to be considered from 2020.",
            null, null, null, null, false, false, null),
        new("LCC-CF", ServiceArea.SupportToLiveIndependently, ForwardPlanBand.ShortTerm, "Independent Travel Training for young people",
            "The current contract will end in a maximum of two years and will be retendered in advance of that. The duration is likely to be for 3+1+1 years. This is a niche market with a limited amount of competition.",
            null, null, "3+1+1 years", null, false, false, null),
        new("LCC-AH", ServiceArea.SupportToLiveIndependently, ForwardPlanBand.ShortTerm, "Community Based Short Break Services",
            "Community Based Short Break Services will be placed out to tender via an open procurement process, with a contract start date of 1st November 2019. The contract period will be 3 years and 5 months with options to extend up to 24 months.",
            null, "1st November 2019", "3 years and 5 months with options to extend up to 24 months", "open procurement process", false, false, null),
        new("LCC-AH", ServiceArea.SupportToLiveIndependently, ForwardPlanBand.LongerTerm, "Extra Care Housing with Support",
            "Extra Care Housing with Support will be advertised on YORtender",
            null, null, null, "YORtender", false, false, null),
        new("LCC-CF", ServiceArea.SupportedAccommodation, ForwardPlanBand.ShortTerm,
            "Residential children’s homes, residential children’s homes with education and residential family assessment centres",
            "a regional (14 Local Authorities) Electronic Market Place will be out to tender in April 2019 and this will be a 10 year contract that allows new providers to join every 3 months.",
            "April 2019", null, "10 year contract", "Electronic Market Place", false, false, null),
        new("LCC-CF", ServiceArea.SupportedAccommodation, ForwardPlanBand.LongerTerm, "Fostering & Supported Lodgings",
            "the current regional contract ends in March 2021 with a possible one year extension. New providers will be able to bid to join the framework in autumn 2019 for an April 2020 start.",
            "autumn 2019", "April 2020", null, "framework", false, false, null),
    ];

    private sealed record ForwardPlanSeed(
        string Organisation, ServiceArea Area, ForwardPlanBand Band, string Service, string Description, string? Timing, string? Start,
        string? Term, string? Route, bool Consultation, bool Consortia, string? Note)
    {
        public int CommissioningOrganisationId { get; init; }

        public static implicit operator ForwardPlanDetails(ForwardPlanSeed s) => new(
            s.CommissioningOrganisationId, s.Area, s.Band, s.Service, s.Description, s.Timing, s.Start, s.Term, s.Route, s.Consultation,
            s.Consortia, s.Note, null);
    }
}
