using LeedsCommissioning.Domain.Awards;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Decisions;
using LeedsCommissioning.Domain.Evaluation;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Domain.Reference;
using LeedsCommissioning.Domain.Waivers;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Infrastructure.Opportunities;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Infrastructure.Seeding;

/// <summary>
/// Demo opportunities in different states, relative to the clock (domain.md section 8 for names and
/// values): one open with three lots by locality and questions, one closed with bids, one draft, and one in evaluation
/// with its bids opened and part scored by two panels, and one awarded and past its standstill with its contract (issue 13).
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

        await SeedInEvaluationAsync(db, now, today, users, organisations, criteria, cancellationToken);
        await SeedAwardedAsync(db, now, today, users, organisations, criteria, cancellationToken);
    }

    /// <summary>
    /// 4. In evaluation (issue 13): the West Yorkshire Appropriate Adult Service let again, as domain.md section 8 describes
    /// the last time: a multi-agency steering group as the panel, and bidders presenting to young people whose scores form
    /// part of the quality element. Bids opened (officer, with the director present), panels formed, interests declared, and
    /// part scored: the evaluator demo account has one bid still to score and sees the spread on the other.
    /// </summary>
    private static async Task SeedInEvaluationAsync(CommissioningDbContext db, DateTime now, DateOnly today,
        Dictionary<string, (string Id, string DisplayName, int? ProviderId)> users, Dictionary<string, int> organisations, Dictionary<string, int> criteria,
        CancellationToken cancellationToken)
    {
        var officer = users["procurement@example.org"];
        var commissioner = users["commissioner@example.org"];
        var ccg = users["ccg@example.org"];
        var director = users["director@example.org"];
        var evaluator = users["evaluator@example.org"];
        var lead = users["provider@example.org"];
        var small = users["small.provider@example.org"];

        var o = new Opportunity(
            "West Yorkshire Appropriate Adult Service",
            "Appropriate adults for children, young people and vulnerable adults detained or interviewed by the police across West Yorkshire, delivered through a network of trained volunteers. Funded by the five West Yorkshire councils and the Office of the Police and Crime Commissioner.",
            ServiceArea.SupportInTheCommunity, organisations["LCC-CF"], officer.Id, officer.DisplayName, now.AddDays(-70));
        o.SetCommercials(920_000m, 36, [24], ProcurementProcedure.LightTouch, false, true);
        o.SetTimetable(today.AddDays(-50), UkTime.ToUtc(today.AddDays(-24), Midday), UkTime.ToUtc(today.AddDays(-10), Midday),
            today.AddDays(14), today.AddDays(40), new DateOnly(today.Year + 1, 4, 1));
        o.AddLot("West Yorkshire", "Bradford, Calderdale, Kirklees, Leeds and Wakefield police custody suites and voluntary interviews.", 184_000m, []);
        o.RecordSingleLotReason("One service across the five districts: the funders share one volunteer network and one rota, as the current service does.");
        o.SetWeights(40, 50, 10);
        o.AddQualityQuestion("How will you recruit, train and support volunteer appropriate adults across the five districts, day and night?", 30, 600, "Multi-agency steering group");
        // A presentation, scored by young people (domain.md section 8: "bidders presented to a panel of young people whose
        // scores formed part of the quality element"): no written answer.
        o.AddQualityQuestion("Presentation to the young people's panel: how will you help a child in police custody understand what is happening and what their rights are?", 20, 0, "Young people's panel", QuestionKind.Presentation);
        o.ChooseSocialValueCriteria([criteria["SV-VOLUNTEER-HOURS"], criteria["SV-LOCAL-JOBS"]]);
        o.SubmitForApproval(officer.Id, officer.DisplayName, Ones(1), now.AddDays(-53));
        o.Approve(commissioner.Id, commissioner.DisplayName, Ones(1), 500_000m, now.AddDays(-52));
        o.Publish(officer.Id, officer.DisplayName, now.AddDays(-50));
        db.Opportunities.Add(o);
        await db.SaveChangesAsync(cancellationToken);

        var rules = o.BidRules();
        var lot = o.Lots[0].Id;
        var bidTime = o.BidDeadlineUtc!.Value.AddDays(-3);
        var leadBid = o.StartBid(lot, lead.ProviderId!.Value, lead.Id, bidTime);
        leadBid.Save(new BidContent(Enumerable.Repeat<decimal?>(179_500m, rules.PriceYears).ToList(),
            ["We will recruit 60 volunteers through our community hubs in all five districts, train them over six evenings with the custody staff, and run a paid night rota so nobody waits more than two hours."],
            [4m, 9_000m], []), rules, lead.Id, bidTime);
        leadBid.Submit(rules, lead.Id, bidTime);
        var smallBid = o.StartBid(lot, small.ProviderId!.Value, small.Id, bidTime.AddDays(1));
        smallBid.Save(new BidContent(Enumerable.Repeat<decimal?>(168_000m, rules.PriceYears).ToList(),
            ["Volunteers from our youth clubs and faith groups, trained by us with the police, supervised monthly by a paid coordinator in each district."],
            [3m, 6_500m], ["Leeds Youth Voice"]), rules, small.Id, bidTime.AddDays(1));
        smallBid.Submit(rules, small.Id, bidTime.AddDays(1).AddHours(2));
        db.AddBid(leadBid);
        db.AddBid(smallBid);
        await db.SaveChangesAsync(cancellationToken);

        var openedAt = o.BidDeadlineUtc.Value.AddDays(1).AddHours(-2);
        var providers = await db.Providers.Where(p => p.Id == lead.ProviderId || p.Id == small.ProviderId).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        db.BidOpenings.Add(BidOpening.Record(o,
            new[] { leadBid, smallBid }.Select(b => new BidEnvelope(b.Id, b.LotId, providers[b.ProviderId], b.ReceiptReference!, b.SubmittedAtUtc!.Value)),
            officer.Id, officer.DisplayName, director.Id, director.DisplayName, openedAt));
        o.StartEvaluation(openedAt.AddMinutes(30));
        var steering = new EvaluationPanel(o, lot, null, "Steering group panel",
            [new(officer.Id, officer.DisplayName, false), new(commissioner.Id, commissioner.DisplayName, false), new(ccg.Id, ccg.DisplayName, false)],
            officer.Id, officer.DisplayName, openedAt.AddHours(1));
        var youngPeople = new EvaluationPanel(o, lot, o.QualityQuestions[1].Id, "Young people's panel",
            [new(commissioner.Id, commissioner.DisplayName, false), new(evaluator.Id, evaluator.DisplayName, true)],
            commissioner.Id, officer.DisplayName, openedAt.AddHours(1));
        db.EvaluationPanels.AddRange(steering, youngPeople);
        await db.SaveChangesAsync(cancellationToken);

        // Everyone has declared no conflict with either bidder, except the NHS commissioner, who sits on the small
        // organisation's board of trustees.
        var bids = new[] { leadBid.Id, smallBid.Id };
        var declared = openedAt.AddDays(1);
        foreach (var (panel, who) in new[] { (steering, officer), (steering, commissioner), (youngPeople, commissioner), (youngPeople, evaluator) })
        {
            panel.Declare(who.Id, bids, bids.Select(b => (b, (bool?)false, (string?)null)).ToList(), declared);
        }

        steering.Declare(ccg.Id, bids, [(leadBid.Id, false, null), (smallBid.Id, true, "I am a trustee of Chapeltown Wellbeing Collective.")], declared);

        ScoreSheet Sheet(EvaluationPanel panel, (string Id, string DisplayName, int? ProviderId) who, Bid bid, IReadOnlyList<(int?, string?)> lines, bool submit, int day)
        {
            var sheet = panel.StartSheet(who.Id, bid.Id, panel.ItemsToScore(o, [steering, youngPeople]), declared.AddDays(day));
            sheet.SaveDraft(lines, declared.AddDays(day));
            if (submit)
            {
                sheet.Submit(declared.AddDays(day).AddHours(1));
            }

            return sheet;
        }

        db.ScoreSheets.AddRange(
            // The steering group scores question 1 and the social value (the young people's panel owns the presentation):
            // the commissioner has submitted both, the NHS commissioner the one without a conflict, and the officer (the
            // chair) has submitted the small organisation's and has a draft for the other.
            Sheet(steering, commissioner, leadBid, [(4, "A clear recruitment plan in every district and a paid night rota."), (3, "Four local jobs: the coordinators."), (3, "9,000 hours is credible for 60 volunteers.")], true, 1),
            Sheet(steering, commissioner, smallBid, [(3, "Strong local roots, but the night cover is not explained."), (2, "Three jobs, all in Leeds."), (2, "6,500 hours: fewer volunteers than needed for five districts.")], true, 1),
            Sheet(steering, ccg, leadBid, [(3, "Sound, though the training plan leans on custody staff's time."), (3, "Reasonable."), (3, "Reasonable.")], true, 2),
            Sheet(steering, officer, leadBid, [(4, "Covers all five districts day and night."), (3, null), (null, null)], false, 2),
            Sheet(steering, officer, smallBid, [(2, "Monthly supervision is thin for night work."), (2, "Three coordinator jobs."), (2, "Hours are short of what five districts need.")], true, 2),
            // The young people's panel: the chair has submitted both; the evaluator has submitted one and has the other to do.
            Sheet(youngPeople, commissioner, leadBid, [(3, "Acted out well; the young people asked about children who do not speak English.")], true, 1),
            Sheet(youngPeople, commissioner, smallBid, [(5, "The young people said this was the presentation that felt most like it was for them.")], true, 1),
            Sheet(youngPeople, evaluator, smallBid, [(4, "Hearing from young people who had been through it made it real. The leaflet is clear.")], true, 2));
        await db.SaveChangesAsync(cancellationToken);

        // The small organisation's bid is moderated by both chairs, so the ranking shows it; the lead bid waits for the
        // evaluator's and the officer's scores.
        var everyone = new[] { officer.Id, commissioner.Id, ccg.Id, evaluator.Id };
        var steeringModeration = steering.StartModeration(officer.Id, smallBid.Id, steering.ItemsToScore(o, [steering, youngPeople]), everyone, declared.AddDays(3));
        steeringModeration.SaveDraft(steering, officer.Id,
            [(2, "Agreed at 2: the night cover, which matters most in custody, is not explained."), (2, "Both members scored 2: three jobs, all in Leeds."), (2, "Both members scored 2: the hours are short for five districts.")], declared.AddDays(3));
        steeringModeration.Confirm(steering, officer.Id, declared.AddDays(3).AddHours(1));
        var youngModeration = youngPeople.StartModeration(commissioner.Id, smallBid.Id, youngPeople.ItemsToScore(o, [steering, youngPeople]), everyone, declared.AddDays(3));
        youngModeration.SaveDraft(youngPeople, commissioner.Id,
            [(5, "Agreed at 5 with the young people: hearing from young people who had been through custody made it real.")], declared.AddDays(3));
        youngModeration.Confirm(youngPeople, commissioner.Id, declared.AddDays(3).AddHours(1));
        db.Moderations.AddRange(steeringModeration, youngModeration);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// 5. Awarded and past its standstill (issue 13): the young person's social emotional mental health contract that The Market
    /// Place holds (MPS case study: "Value of £450k for each year of the contract", funded by the council and the CCG, five years
    /// from 1 July 2019, domain.md section 8) let again from 1 July 2027. Two bids, scored and moderated by one panel, recommended
    /// by the officer, approved by the director, the outcome letters sent, the UK6 notice published and the standstill over, and
    /// the contract created in the register with the winning bid's social value commitments. The winner is the lead provider
    /// demo organisation with The Market Place as its consortium partner, so both provider demo accounts have a letter.
    /// </summary>
    private static async Task SeedAwardedAsync(CommissioningDbContext db, DateTime now, DateOnly today,
        Dictionary<string, (string Id, string DisplayName, int? ProviderId)> users, Dictionary<string, int> organisations, Dictionary<string, int> criteria,
        CancellationToken cancellationToken)
    {
        var officer = users["procurement@example.org"];
        var commissioner = users["commissioner@example.org"];
        var ccg = users["ccg@example.org"];
        var director = users["director@example.org"];
        var lead = users["provider@example.org"];
        var small = users["small.provider@example.org"];

        var o = new Opportunity(
            "Young person's social emotional mental health contract",
            "Social emotional mental health services that address the specific needs of children and young people. Funding from both Leeds City Council and NHS Leeds Clinical Commissioning Group (CCG).",
            ServiceArea.SupportInTheCommunity, organisations["LCC-CF"], officer.Id, officer.DisplayName, now.AddDays(-150));
        o.SetCommercials(2_250_000m, 60, [], ProcurementProcedure.LightTouch, false, true);
        o.SetTimetable(today.AddDays(-120), UkTime.ToUtc(today.AddDays(-90), Midday), UkTime.ToUtc(today.AddDays(-75), Midday),
            today.AddDays(-50), today.AddDays(-35), new DateOnly(2027, 7, 1));
        o.AddLot("Leeds", "City-centre presence with open access drop in, counselling including fast access counselling, group work and one to one support.", 450_000m, []);
        o.RecordSingleLotReason("Two separate contracts merged into one, bringing greater flexibility over managing two funding streams for the provider.");
        o.SetWeights(40, 50, 10);
        o.AddQualityQuestion("How will you address the specific needs of children and young people, including those who do not use services now?", 30, 600, "Evaluation panel");
        o.AddQualityQuestion("How will young people help design and review the service?", 20, 400, "Evaluation panel");
        o.ChooseSocialValueCriteria([criteria["SV-VOLUNTEER-HOURS"], criteria["SV-LOCAL-JOBS"]]);
        o.SubmitForApproval(officer.Id, officer.DisplayName, Ones(1), now.AddDays(-125));
        o.Approve(commissioner.Id, commissioner.DisplayName, Ones(1), 500_000m, now.AddDays(-124));
        o.Publish(officer.Id, officer.DisplayName, now.AddDays(-120));
        db.Opportunities.Add(o);
        await db.SaveChangesAsync(cancellationToken);

        var rules = o.BidRules();
        var lot = o.Lots[0].Id;
        var bidTime = o.BidDeadlineUtc!.Value.AddDays(-2);
        var winning = o.StartBid(lot, lead.ProviderId!.Value, lead.Id, bidTime);
        winning.Save(new BidContent(Enumerable.Repeat<decimal?>(450_000m, rules.PriceYears).ToList(),
            ["A city-centre drop-in open six days a week, counselling in schools and GP surgeries, and outreach through youth clubs for young people who do not come to us.",
             "A young people's reference group of twelve, paid for their time, reviews the service every quarter and sits on our recruitment panels."],
            [6m, 3_000m], ["The Market Place"]), rules, lead.Id, bidTime);
        winning.Submit(rules, lead.Id, bidTime);
        var other = o.StartBid(lot, small.ProviderId!.Value, small.Id, bidTime.AddHours(3));
        other.Save(new BidContent(Enumerable.Repeat<decimal?>(438_000m, rules.PriceYears).ToList(),
            ["Peer-led groups in community centres across Chapeltown and Harehills, with counselling by referral.",
             "Young people co-run our groups and choose the activities."],
            [3m, 1_500m], []), rules, small.Id, bidTime.AddHours(3));
        other.Submit(rules, small.Id, bidTime.AddHours(4));
        db.AddBid(winning);
        db.AddBid(other);
        await db.SaveChangesAsync(cancellationToken);

        var openedAt = o.BidDeadlineUtc.Value.AddHours(2);
        var names = await db.Providers.Where(p => p.Id == lead.ProviderId || p.Id == small.ProviderId).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        db.BidOpenings.Add(BidOpening.Record(o,
            new[] { winning, other }.Select(b => new BidEnvelope(b.Id, b.LotId, names[b.ProviderId], b.ReceiptReference!, b.SubmittedAtUtc!.Value)),
            officer.Id, officer.DisplayName, director.Id, director.DisplayName, openedAt));
        o.StartEvaluation(openedAt.AddMinutes(30));
        var panel = new EvaluationPanel(o, lot, null, "Evaluation panel",
            [new(officer.Id, officer.DisplayName, false), new(commissioner.Id, commissioner.DisplayName, false), new(ccg.Id, ccg.DisplayName, false)],
            officer.Id, officer.DisplayName, openedAt.AddHours(1));
        db.EvaluationPanels.Add(panel);
        await db.SaveChangesAsync(cancellationToken);

        var bids = new[] { winning.Id, other.Id };
        var declared = openedAt.AddDays(1);
        panel.Declare(officer.Id, bids, bids.Select(b => (b, (bool?)false, (string?)null)).ToList(), declared);
        panel.Declare(commissioner.Id, bids, bids.Select(b => (b, (bool?)false, (string?)null)).ToList(), declared);
        panel.Declare(ccg.Id, bids, [(winning.Id, false, null), (other.Id, true, "I am a trustee of Chapeltown Wellbeing Collective.")], declared);
        var items = panel.ItemsToScore(o, [panel]);
        var scored = declared.AddDays(5);
        foreach (var (who, bid, score) in new[] { (officer, winning, 4), (commissioner, winning, 4), (ccg, winning, 3), (officer, other, 3), (commissioner, other, 3) })
        {
            var sheet = panel.StartSheet(who.Id, bid.Id, items, scored);
            sheet.SaveDraft(items.Select(_ => ((int?)score, (string?)(score >= 4 ? "Good: a clear, credible plan." : "Satisfactory: meets the requirement with little detail."))).ToList(), scored);
            sheet.Submit(scored.AddHours(1));
            db.ScoreSheets.Add(sheet);
        }

        var moderated = scored.AddDays(5);
        var questions = o.QualityQuestions.OrderBy(q => q.Number).Select(q => q.Id).ToList();
        string Rationale(ScoreItem item, bool winner) => (item.Kind, winner) switch
        {
            (ScoreItemKind.Quality, true) when item.ItemId == questions[0] => "A clear plan to reach young people who do not use services now, with the drop-in and schools.",
            (ScoreItemKind.Quality, true) => "Young people are paid for their time and review the service each quarter.",
            (ScoreItemKind.Quality, false) when item.ItemId == questions[0] => "Strong community roots; the counselling offer by referral is not explained.",
            (ScoreItemKind.Quality, false) => "Young people co-run groups, but the review of the service is not described.",
            (_, true) when item.ItemId == criteria["SV-LOCAL-JOBS"] => "Six local jobs.",
            (_, true) => "3,000 volunteering hours is credible for the drop-in.",
            (_, false) when item.ItemId == criteria["SV-LOCAL-JOBS"] => "Three local jobs.",
            _ => "1,500 hours is modest.",
        };
        var moderations = new List<BidModeration>();
        foreach (var (bid, agreed, submittedBy) in new[] { (winning, 4, new[] { officer.Id, commissioner.Id, ccg.Id }), (other, 3, new[] { officer.Id, commissioner.Id }) })
        {
            var moderation = panel.StartModeration(officer.Id, bid.Id, items, submittedBy, moderated);
            moderation.SaveDraft(panel, officer.Id, items.Select(item => ((int?)agreed, (string?)Rationale(item, agreed >= 4))).ToList(), moderated);
            moderation.Confirm(panel, officer.Id, moderated);
            moderations.Add(moderation);
        }

        db.Moderations.AddRange(moderations);
        await db.SaveChangesAsync(cancellationToken);

        var ranking = LotRanking.Rank(o, lot,
            new[] { winning, other }.Select(b => new BidForRanking(b.Id, b.ProviderId, names[b.ProviderId], b.TotalPrice, BidModeration.AgreedScores(b.Id, [panel], moderations))).ToList(),
            EvaluationRules.Default, await db.SocialValueCriteria.ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken));
        var recommendedAt = moderated.AddDays(3);
        var award = LotAward.Recommend(o, lot, ranking, winning.Id, null, [], officer.Id, officer.DisplayName, recommendedAt, AwardRules.Default.DecisionMakerRole, DecisionRules.Default);
        db.LotAwards.Add(award);
        await db.SaveChangesAsync(cancellationToken);
        var approvedOn = UkTime.DateOf(recommendedAt.AddDays(2));
        award.Decide(new Decider(director.Id, director.DisplayName, true), true,
            "The highest scoring bid on quality and social value, at the lot's estimated annual value.", approvedOn, DecisionRules.Default);
        var rationales = moderations.ToDictionary(m => m.BidId,
            m => (IReadOnlyDictionary<ScoreItem, string>)m.Lines.Where(l => l.Rationale != null).ToDictionary(l => new ScoreItem(l.Kind, l.ItemId), l => l.Rationale!));
        db.OutcomeLetters.AddRange(OutcomeLetter.ForApprovedAward(award, ranking, o.PriceWeight, rationales, UkTime.ToUtc(approvedOn, Midday)));
        o.CompleteAward([award], UkTime.ToUtc(approvedOn, Midday));
        // A key decision (over £500,000 in total): the notice follows the end of the call-in period.
        var noticeOn = WorkingDays.Add(award.Decision.CallInEndsOn ?? approvedOn, 1);
        award.RecordNoticePublished(noticeOn, noticeOn, AwardRules.Default, BankHolidays.EnglandAndWales);
        await db.SaveChangesAsync(cancellationToken);

        var winner = await db.Providers.SingleAsync(p => p.Id == lead.ProviderId, cancellationToken);
        var partners = await db.Providers.Where(p => p.Name == "The Market Place").ToListAsync(cancellationToken);
        var commissioning = await db.CommissioningOrganisations.SingleAsync(c => c.Id == o.CommissioningOrganisationId, cancellationToken);
        var criteriaById = await db.SocialValueCriteria.ToDictionaryAsync(c => c.Id, cancellationToken);
        var contract = award.CreateContract(o, commissioning, winning, winner, [winner, .. partners], criteriaById, new DateOnly(2027, 7, 1), today);
        contract.AssignCommissioner(commissioner.Id, commissioner.DisplayName);
        db.Contracts.Add(contract);
        await db.SaveChangesAsync(cancellationToken);
        award.LinkContract(contract.Id);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static Dictionary<int, int> Ones(int lots) => Enumerable.Range(1, lots).ToDictionary(n => n, _ => 1);
}
