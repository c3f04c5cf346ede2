using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Domain.Reference;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Infrastructure.Opportunities;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Infrastructure.Seeding;

/// <summary>
/// Demo opportunities in different states, relative to the clock (domain.md section 8 for names and
/// values): one open with three lots by locality and questions, one closed with bids, one draft.
/// Approval here passes a local-bidder count of one per lot: the demo providers' income is seeded elsewhere.
/// </summary>
public static class OpportunitiesDemoData
{
    private static readonly TimeOnly Midday = new(12, 0);

    public static async Task EnsureAsync(CommissioningDbContext db, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        if (await db.Opportunities.AnyAsync(cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var today = UkTime.DateOf(now);
        var users = await db.Users.Where(u => u.Email != null).ToDictionaryAsync(u => u.Email!, u => (u.Id, u.DisplayName, u.ProviderId), cancellationToken);
        var officer = users["procurement@example.org"];
        var commissioner = users["commissioner@example.org"];
        var lead = users["provider@example.org"];
        var small = users["small.provider@example.org"];
        var organisations = await db.CommissioningOrganisations.ToDictionaryAsync(o => o.Code, o => o.Id, cancellationToken);
        var criteria = await db.SocialValueCriteria.ToDictionaryAsync(c => c.Code, c => c.Id, cancellationToken);

        // 1. Open now: community mental health wellbeing, three lots by locality.
        var open = new Opportunity(
            "Community mental health wellbeing services",
            "Early help for adults with common mental health problems, close to home: drop-ins, peer support, social prescribing and help with money worries, with a lead organisation in each of Leeds' three localities. We welcome bids from small community organisations and consortia.",
            ServiceArea.SupportInTheCommunity, organisations["LCC-AH"], officer.Id, officer.DisplayName, now.AddDays(-30));
        open.SetCommercials(3_750_000m, 36, [12, 12], ProcurementProcedure.LightTouch, false, true);
        open.SetTimetable(today.AddDays(-14), UkTime.ToUtc(today.AddDays(14), Midday), UkTime.ToUtc(today.AddDays(21), Midday),
            today.AddDays(42), today.AddDays(70), new DateOnly(today.Year + 1, 4, 1));
        open.AddLot("North East Leeds", "Chapel Allerton, Gipton and Harehills, Killingbeck and Seacroft and the other north east wards.", 250_000m, [Locality.NorthEast]);
        open.AddLot("South East Leeds", "Beeston and Holbeck, Hunslet and Riverside, Middleton Park and the other south east wards.", 250_000m, [Locality.SouthEast]);
        open.AddLot("West North West Leeds", "Armley, Bramley and Stanningley, Kirkstall and the other west north west wards.", 250_000m, [Locality.WestNorthWest]);
        open.SetWeights(30, 55, 15);
        open.AddQualityQuestion("How will you reach people in the locality who do not use services now, including people from ethnic minority communities?", 20, 750, "Evaluation panel with the service-user panel");
        open.AddQualityQuestion("Describe how people who use the service will help design and review it.", 15, 500, "Service-user panel");
        open.AddQualityQuestion("How will you work with GPs, Leeds Mind and the other lots' providers so nobody falls between services?", 20, 750, "Evaluation panel");
        open.ChooseSocialValueCriteria([criteria["SV-COMMUNITY-SUBCONTRACT"], criteria["SV-VOLUNTEER-HOURS"], criteria["SV-LOCAL-JOBS"]]);
        open.SubmitForApproval(officer.Id, officer.DisplayName, Ones(3), now.AddDays(-17));
        open.Approve(commissioner.Id, commissioner.DisplayName, Ones(3), 500_000m, now.AddDays(-16));
        open.Publish(officer.Id, officer.DisplayName, now.AddDays(-14));
        open.PublishClarification("TUPE applies to the current services. Staff in scope: 14 across the three localities.", officer.DisplayName, now.AddDays(-7));

        // 2. Closed three days ago, with bids: neighbourhood network support for older people.
        var closed = new Opportunity(
            "Neighbourhood networks for older people: inner east and outer north east",
            "Community-based services that help older people live independently and stay connected: lunch clubs, befriending, exercise and help to get out and about.",
            ServiceArea.UniversalPreventionAndEarlyIntervention, organisations["LCC-AH"], officer.Id, officer.DisplayName, now.AddDays(-60));
        closed.SetCommercials(2_000_000m, 60, [60], ProcurementProcedure.LightTouch, false, true);
        closed.SetTimetable(today.AddDays(-45), UkTime.ToUtc(today.AddDays(-17), Midday), UkTime.ToUtc(today.AddDays(-3), Midday),
            today.AddDays(20), today.AddDays(45), new DateOnly(today.Year + 1, 4, 1));
        closed.AddLot("Inner east", "Burmantofts and Richmond Hill, Gipton and Harehills.", 110_000m, [Locality.NorthEast]);
        closed.AddLot("Outer north east", "Harewood, Wetherby, Alwoodley.", 90_000m, [Locality.NorthEast]);
        closed.SetWeights(40, 50, 10);
        closed.AddQualityQuestion("How will you reduce loneliness for older people who live alone?", 30, 600, "Evaluation panel with older people's forum members");
        closed.AddQualityQuestion("How will you use volunteers safely?", 20, 400, "Evaluation panel");
        closed.ChooseSocialValueCriteria([criteria["SV-VOLUNTEER-HOURS"], criteria["SV-LEEDS-SPEND"]]);
        closed.SubmitForApproval(officer.Id, officer.DisplayName, Ones(2), now.AddDays(-48));
        closed.Approve(commissioner.Id, commissioner.DisplayName, Ones(2), 500_000m, now.AddDays(-47));
        closed.Publish(officer.Id, officer.DisplayName, now.AddDays(-45));

        // 3. A draft: carers' short breaks, two lots, not yet complete.
        var draft = new Opportunity(
            "Carers' short breaks",
            "Short breaks that give unpaid carers time for themselves, replacing the six interim contracts with four independent sector providers.",
            ServiceArea.SupportToLiveIndependently, organisations["LCC-AH"], officer.Id, officer.DisplayName, now.AddDays(-3));
        draft.SetCommercials(2_823_600m, 60, [24], ProcurementProcedure.LightTouch, false, true);
        draft.AddLot("Short breaks for adult carers", null, 400_000m, []);
        draft.AddLot("Short breaks for young carers", null, 164_720m, []);
        draft.ChooseSocialValueCriteria([criteria["SV-VOLUNTEER-HOURS"]]);

        db.Opportunities.AddRange(open, closed, draft);
        await db.SaveChangesAsync(cancellationToken);

        // Questions on the open opportunity: two answered and published, one waiting.
        var q1 = open.Ask(small.ProviderId!.Value, small.Id, "Can a small organisation bid for one lot only, as part of a consortium led by another organisation?", now.AddDays(-10));
        q1.AnswerAndPublish(null, "Yes. Each lot is awarded separately, and a consortium may bid for one lot or several. Name the members in your bid.", officer.DisplayName, now.AddDays(-9));
        var q2 = open.Ask(lead.ProviderId!.Value, lead.Id, "Is the annual value of each lot fixed for all five years?", now.AddDays(-8));
        q2.AnswerAndPublish(null, "The annual value is the maximum for years 1 to 3. Prices for the two optional extension years may include inflation; show it in your price breakdown.", officer.DisplayName, now.AddDays(-6));
        var q3 = open.Ask(small.ProviderId!.Value, small.Id, "Will premises be provided in Chapeltown?", now.AddDays(-1));
        db.ClarificationQuestions.AddRange(q1, q2, q3);
        db.InterestRegistrations.AddRange(
            open.RegisterInterest(lead.ProviderId!.Value, lead.Id, now.AddDays(-12)),
            open.RegisterInterest(small.ProviderId!.Value, small.Id, now.AddDays(-11)));

        // Bids on the closed opportunity, submitted before its deadline.
        var rules = closed.BidRules();
        var bidTime = closed.BidDeadlineUtc!.Value.AddDays(-4);
        var leadBid = closed.StartBid(closed.Lots[0].Id, lead.ProviderId!.Value, lead.Id, bidTime);
        leadBid.Save(new BidContent(Enumerable.Repeat<decimal?>(108_500m, rules.PriceYears).ToList(),
            ["Our lunch clubs in Harehills and Seacroft reach 240 older people a week; we will add home visits for those who cannot come out.", "All volunteers are DBS checked, trained and supervised monthly."],
            [4_000m, 150_000m], ["Leeds Older People's Forum"]), rules, lead.Id, bidTime);
        leadBid.Submit(rules, lead.Id, bidTime);
        var smallBid = closed.StartBid(closed.Lots[0].Id, small.ProviderId!.Value, small.Id, bidTime.AddHours(20));
        smallBid.Save(new BidContent(Enumerable.Repeat<decimal?>(96_000m, rules.PriceYears).ToList(),
            ["Befriending by neighbours who speak the same languages, matched through our community centre in Chapeltown.", "Volunteers are recruited through local faith groups, trained and paired with a staff mentor."],
            [2_500m, 60_000m], []), rules, small.Id, bidTime.AddHours(20));
        smallBid.Submit(rules, small.Id, bidTime.AddHours(21));
        db.AddBid(leadBid);
        db.AddBid(smallBid);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static Dictionary<int, int> Ones(int lots) => Enumerable.Range(1, lots).ToDictionary(n => n, _ => 1);
}
