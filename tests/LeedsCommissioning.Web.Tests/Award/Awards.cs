using LeedsCommissioning.Domain.Awards;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Decisions;
using LeedsCommissioning.Domain.Evaluation;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Domain.Reference;
using LeedsCommissioning.Domain.Waivers;
using LeedsCommissioning.Infrastructure.Opportunities;
using LeedsCommissioning.Web.Features.Ranking;
using LeedsCommissioning.Web.Tests.Evaluation;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeedsCommissioning.Web.Tests.Award;

/// <summary>
/// The demo opportunity in evaluation (West Yorkshire Appropriate Adult Service, one lot), made ready for the award as given:
/// every member free of a conflict submits their remaining score sheets, and each panel's chair confirms the agreed scores
/// not yet moderated: 4 for every answer of Community Links (Northern) Ltd, each with a rationale naming it (Chapeltown
/// Wellbeing Collective's are moderated in the demo data). Community Links then ranks first (85.44 against 76.00).
/// For a test that must move an award on without touching the demo one, <see cref="ModeratedOfItsOwnAsync"/> takes an
/// opportunity of its own through evaluation to the same point.
/// </summary>
internal static class Awards
{
    public const string Lead = "Community Links (Northern) Ltd";
    public const string Small = "Chapeltown Wellbeing Collective";

    public static async Task<(int Id, int LotId, IReadOnlyDictionary<string, int> Bids)> ModeratedAsync(PortalFactory factory)
    {
        var (id, bids, _) = await Evaluations.InEvaluationAsync(factory);
        return (id, await ModerateAsync(factory, id, bids, factory.Clock.GetUtcNow().UtcDateTime), bids);
    }

    /// <summary>
    /// An opportunity of its own taken through evaluation as the demo one was, for a test that moves its award on: one lot,
    /// one written question and two social value criteria (weights 40, 50, 10), published, bids from Community Links (the
    /// provider persona's organisation: £179,500 a year) and Chapeltown Wellbeing Collective (£168,000) sent before its
    /// deadline, opened (<see cref="Evaluations.OpenAsync"/>), one panel chaired by the council commissioner with the
    /// procurement officer, both free of conflict (<see cref="Evaluations.PanelAsync"/>), then every sheet submitted and both
    /// bids moderated as <see cref="ModeratedAsync"/> does: Community Links ranks first (the fuzzing's arrangements recommend it
    /// without a reason, which only the first ranked bid may be). The moderation
    /// is confirmed <paramref name="daysAgo"/> days before the fake clock's time (the bids opened three hours before that,
    /// their deadline the day before), so a test can take the award on from there, through its standstill by "today".
    /// </summary>
    public static async Task<(int Id, int LotId, IReadOnlyDictionary<string, int> Bids)> ModeratedOfItsOwnAsync(PortalFactory factory, string title, int daysAgo = 0)
    {
        var moderatedAt = factory.Clock.GetUtcNow().UtcDateTime.AddDays(-daysAgo);
        var openedAt = moderatedAt.AddHours(-3);
        var day = UkTime.DateOf(openedAt);
        var midday = new TimeOnly(12, 0);
        var (id, bids) = await factory.WithDbAsync(async db =>
        {
            var people = await db.Users.Where(u => u.Email == "procurement@example.org" || u.Email == "director@example.org"
                    || u.Email == "provider@example.org" || u.Email == "small.provider@example.org")
                .ToDictionaryAsync(u => u.Email!, u => (u.Id, u.DisplayName, u.ProviderId));
            var (officer, director) = (people["procurement@example.org"], people["director@example.org"]);
            var organisation = await db.CommissioningOrganisations.Where(c => c.Code == "LCC-CF").Select(c => c.Id).SingleAsync();
            var criteria = await db.SocialValueCriteria.Where(c => c.Code == "SV-VOLUNTEER-HOURS" || c.Code == "SV-LOCAL-JOBS").Select(c => c.Id).ToListAsync();
            var o = new Opportunity(title, "Appropriate adults for children and vulnerable adults detained or interviewed by the police.",
                ServiceArea.SupportInTheCommunity, organisation, officer.Id, officer.DisplayName, openedAt.AddDays(-70));
            o.SetCommercials(540_000m, 36, [], ProcurementProcedure.LightTouch, false, true);
            o.SetTimetable(day.AddDays(-50), UkTime.ToUtc(day.AddDays(-24), midday), UkTime.ToUtc(day.AddDays(-1), midday),
                day.AddDays(14), day.AddDays(40), day.AddDays(120));
            o.AddLot("Leeds", "Leeds police custody suites and voluntary interviews.", 180_000m, []);
            o.RecordSingleLotReason("One service across the city: one volunteer network and one rota.");
            o.SetWeights(40, 50, 10);
            o.AddQualityQuestion("How will you recruit, train and support volunteer appropriate adults, day and night?", 50, 600, "Evaluation panel");
            o.ChooseSocialValueCriteria(criteria);
            var local = new Dictionary<int, int> { [1] = 1 };
            o.SubmitForApproval(officer.Id, officer.DisplayName, local, openedAt.AddDays(-53));
            o.Approve(director.Id, director.DisplayName, local, 500_000m, openedAt.AddDays(-52));
            o.Publish(officer.Id, officer.DisplayName, openedAt.AddDays(-50));
            db.Opportunities.Add(o);
            await db.SaveChangesAsync();

            var rules = o.BidRules();
            var sent = o.BidDeadlineUtc!.Value.AddDays(-3);
            var made = new Dictionary<string, Bid>();
            foreach (var (name, email, price, answer) in new[]
            {
                (Lead, "provider@example.org", 179_500m, "60 volunteers recruited through our community hubs, trained with the custody staff, and a paid night rota."),
                (Small, "small.provider@example.org", 168_000m, "Volunteers from our youth clubs and faith groups, supervised monthly by a paid coordinator."),
            })
            {
                var who = people[email];
                var bid = o.StartBid(o.Lots[0].Id, who.ProviderId!.Value, who.Id, sent);
                bid.Save(new BidContent(Enumerable.Repeat<decimal?>(price, rules.PriceYears).ToList(), [answer], [3m, 5_000m], []), rules, who.Id, sent);
                bid.Submit(rules, who.Id, sent);
                db.AddBid(bid);
                made[name] = bid;
            }

            await db.SaveChangesAsync();
            return (o.Id, (IReadOnlyDictionary<string, int>)made.ToDictionary(b => b.Key, b => b.Value.Id));
        });

        await Evaluations.OpenAsync(factory, id, openedAt);
        var lotId = await factory.WithDbAsync(async db =>
        {
            var o = await db.Opportunities.Include(x => x.Lots).SingleAsync(x => x.Id == id);
            o.StartEvaluation(openedAt.AddMinutes(30));
            await db.SaveChangesAsync();
            return o.Lots[0].Id;
        });
        await Evaluations.PanelAsync(factory, id, lotId, "Evaluation panel", ["commissioner@example.org", "procurement@example.org"], declare: true, at: openedAt.AddHours(1));
        await ModerateAsync(factory, id, bids, moderatedAt);
        return (id, lotId, bids);
    }

    /// <summary>
    /// The opportunity's lot made ready for the award at <paramref name="nowUtc"/>: every member free of a conflict submits
    /// their remaining sheets (3 for every answer) and each panel's chair confirms the agreed scores not yet moderated (4 for
    /// every answer of Community Links, 3 for any other bid). Returns the (first) lot.
    /// </summary>
    private static Task<int> ModerateAsync(PortalFactory factory, int id, IReadOnlyDictionary<string, int> bids, DateTime nowUtc) =>
        factory.WithDbAsync(async db =>
        {
            var now = nowUtc;
            var o = await db.Opportunities.AsNoTracking().AsSplitQuery().Include(x => x.Lots).Include(x => x.QualityQuestions).Include(x => x.SocialValueCriteria)
                .SingleAsync(x => x.Id == id);
            var lotId = o.Lots[0].Id;
            var panels = await db.EvaluationPanels.Include(p => p.Members).Include(p => p.Declarations).Where(p => p.OpportunityId == id).OrderBy(p => p.Id).ToListAsync();
            foreach (var panel in panels)
            {
                var items = panel.ItemsToScore(o, panels);
                foreach (var (name, bidId) in bids)
                {
                    if (await db.Moderations.AnyAsync(m => m.EvaluationPanelId == panel.Id && m.BidId == bidId))
                    {
                        continue;
                    }

                    var sheets = await db.ScoreSheets.Where(s => s.EvaluationPanelId == panel.Id && s.BidId == bidId).ToListAsync();
                    foreach (var member in panel.Members.Where(m => !panel.Declarations.Any(d => d.UserId == m.UserId && d.BidId == bidId && d.HasConflict)))
                    {
                        var sheet = sheets.FirstOrDefault(s => s.UserId == member.UserId);
                        if (sheet is null)
                        {
                            sheet = panel.StartSheet(member.UserId, bidId, items, now);
                            db.ScoreSheets.Add(sheet);
                            sheets.Add(sheet);
                        }

                        if (!sheet.IsSubmitted)
                        {
                            sheet.SaveDraft(sheet.Lines.Select(_ => ((int?)3, (string?)"Meets what the question asks.")).ToList(), now);
                            sheet.Submit(now);
                        }
                    }

                    var agreed = name == Lead ? 4 : 3;
                    var moderation = panel.StartModeration(panel.Chair!.UserId, bidId, items, sheets.Where(s => s.IsSubmitted).Select(s => s.UserId).ToList(), now);
                    moderation.SaveDraft(panel, panel.Chair.UserId, items.Select(i => ((int?)agreed, (string?)$"Agreed for {name}: answer {i.Kind} {i.ItemId}.")).ToList(), now);
                    moderation.Confirm(panel, panel.Chair.UserId, now);
                    db.Moderations.Add(moderation);
                }
            }

            await db.SaveChangesAsync();
            return lotId;
        });

    /// <summary>
    /// As <see cref="ModeratedAsync"/>, then recommended by the officer (Community Links ranked first), as the recommendation
    /// page does, to wait for the director's decision. Made once: the lot's award, whatever has become of it since.
    /// </summary>
    public static async Task<(int Id, int LotId, int AwardId)> RecommendedAsync(PortalFactory factory)
    {
        var (id, lotId, bids) = await ModeratedAsync(factory);
        return (id, lotId, await RecommendAsync(factory, id, lotId, bids[Lead], factory.Clock.GetUtcNow().UtcDateTime));
    }

    /// <summary>
    /// The lot recommended by the officer to the bid at <paramref name="nowUtc"/>, as the recommendation page does, to wait for
    /// the director's decision. Made once: the lot's award, whatever has become of it since.
    /// </summary>
    public static Task<int> RecommendAsync(PortalFactory factory, int id, int lotId, int bidId, DateTime nowUtc) =>
        factory.WithDbAsync(async db =>
        {
            if (await db.LotAwards.Where(a => a.OpportunityId == id && a.LotId == lotId).OrderBy(a => a.Id).Select(a => (int?)a.Id).FirstOrDefaultAsync() is { } existing)
            {
                return existing;
            }

            var o = await db.Opportunities.AsSplitQuery().Include(x => x.Lots).Include(x => x.QualityQuestions).Include(x => x.SocialValueCriteria).SingleAsync(x => x.Id == id);
            var ranking = await LotRankings.ForLotAsync(db, o, lotId, EvaluationRules.Default, nowUtc);
            var officer = await db.Users.Where(u => u.Email == "procurement@example.org").Select(u => new { u.Id, u.DisplayName }).SingleAsync();
            var award = LotAward.Recommend(o, lotId, ranking, bidId, null, [], officer.Id, officer.DisplayName, nowUtc, "Director", DecisionRules.Default);
            db.LotAwards.Add(award);
            await db.SaveChangesAsync();
            return award.Id;
        });

    /// <summary>
    /// As <see cref="RecommendedAsync"/>, then approved (the director), with the outcome letters written, as the award pages do.
    /// Returns each organisation's letter by its name. Made once.
    /// </summary>
    public static async Task<(int Id, int LotId, IReadOnlyDictionary<string, int> Letters)> ApprovedAsync(PortalFactory factory)
    {
        var (id, lotId, awardId) = await RecommendedAsync(factory);
        await ApproveAsync(factory, id, lotId, awardId, factory.Clock.GetUtcNow().UtcDateTime);
        var letters = await factory.WithDbAsync(db => (from l in db.OutcomeLetters
                                                         where l.OpportunityId == id
                                                         join p in db.Providers on l.ProviderId equals p.Id
                                                         select new { p.Name, l.Id }).ToDictionaryAsync(x => x.Name, x => x.Id));
        return (id, lotId, letters);
    }

    /// <summary>
    /// The recommendation approved by the director on the day of <paramref name="nowUtc"/>, with the outcome letters written and
    /// the opportunity awarded, as the decision page does. Made once.
    /// </summary>
    public static Task ApproveAsync(PortalFactory factory, int id, int lotId, int awardId, DateTime nowUtc) =>
        factory.WithDbAsync(async db =>
        {
            if (await db.LotAwards.AnyAsync(a => a.OpportunityId == id && a.Status == AwardStatus.Approved))
            {
                return 0;
            }

            var o = await db.Opportunities.AsSplitQuery().Include(x => x.Lots).Include(x => x.QualityQuestions).Include(x => x.SocialValueCriteria).SingleAsync(x => x.Id == id);
            var ranking = await LotRankings.ForLotAsync(db, o, lotId, EvaluationRules.Default, nowUtc);
            var director = await db.Users.Where(u => u.Email == "director@example.org").Select(u => new { u.Id, u.DisplayName }).SingleAsync();
            var award = await db.LotAwards.Include(a => a.Decision).SingleAsync(a => a.Id == awardId);
            award.Decide(new Decider(director.Id, director.DisplayName, true), true, "The highest scoring bid.", UkTime.DateOf(nowUtc), DecisionRules.Default);
            db.OutcomeLetters.AddRange(OutcomeLetter.ForApprovedAward(award, ranking, o.PriceWeight, new Dictionary<int, IReadOnlyDictionary<ScoreItem, string>>(), nowUtc));
            o.CompleteAward([award], nowUtc);
            return await db.SaveChangesAsync();
        });

    /// <summary>
    /// The approved award's contract award notice recorded as published the day after its call-in period ends (a key decision)
    /// or after its approval, as the notice page does on the fake clock's day, with the portal's award rules: the standstill
    /// ends eight working days after it. Returns the day the standstill ends.
    /// </summary>
    public static Task<DateOnly> NoticeRecordedAsync(PortalFactory factory, int awardId) =>
        factory.WithDbAsync(async db =>
        {
            var award = await db.LotAwards.Include(a => a.Decision).SingleAsync(a => a.Id == awardId);
            if (award.StandstillEndsOn is { } recorded)
            {
                return recorded;
            }

            var publishedOn = (award.Decision.CallInEndsOn ?? award.Decision.OutcomeOn!.Value).AddDays(1);
            award.RecordNoticePublished(publishedOn, factory.Clock.UkToday(), factory.Services.GetRequiredService<AwardRules>(), DecisionRules.Default.Holidays());
            await db.SaveChangesAsync();
            return award.StandstillEndsOn!.Value;
        });
}
