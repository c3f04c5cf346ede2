using LeedsCommissioning.Domain.Awards;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Decisions;
using LeedsCommissioning.Domain.Evaluation;
using LeedsCommissioning.Domain.Waivers;
using LeedsCommissioning.Web.Features.Ranking;
using LeedsCommissioning.Web.Tests.Evaluation;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Award;

/// <summary>
/// The demo opportunity in evaluation (West Yorkshire Appropriate Adult Service, one lot), made ready for the award as given:
/// every member free of a conflict submits their remaining score sheets, and each panel's chair confirms the agreed scores
/// not yet moderated: 4 for every answer of Community Links (Northern) Ltd, each with a rationale naming it (Chapeltown
/// Wellbeing Collective's are moderated in the demo data). Community Links then ranks first (85.44 against 76.00).
/// </summary>
internal static class Awards
{
    public const string Lead = "Community Links (Northern) Ltd";
    public const string Small = "Chapeltown Wellbeing Collective";

    public static Task<(int Id, int LotId, IReadOnlyDictionary<string, int> Bids)> ModeratedAsync(PortalFactory factory) =>
        factory.WithDbAsync(async db =>
        {
            var (id, bids, _) = await Evaluations.InEvaluationAsync(factory);
            var now = factory.Clock.GetUtcNow().UtcDateTime;
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
            return (id, lotId, bids);
        });

    /// <summary>
    /// As <see cref="ModeratedAsync"/>, then recommended by the officer (Community Links ranked first), as the recommendation
    /// page does, to wait for the director's decision. Made once: the lot's award, whatever has become of it since.
    /// </summary>
    public static async Task<(int Id, int LotId, int AwardId)> RecommendedAsync(PortalFactory factory)
    {
        var (id, lotId, bids) = await ModeratedAsync(factory);
        var awardId = await factory.WithDbAsync(async db =>
        {
            if (await db.LotAwards.Where(a => a.OpportunityId == id && a.LotId == lotId).OrderBy(a => a.Id).Select(a => (int?)a.Id).FirstOrDefaultAsync() is { } existing)
            {
                return existing;
            }

            var now = factory.Clock.GetUtcNow().UtcDateTime;
            var o = await db.Opportunities.AsSplitQuery().Include(x => x.Lots).Include(x => x.QualityQuestions).Include(x => x.SocialValueCriteria).SingleAsync(x => x.Id == id);
            var ranking = await LotRankings.ForLotAsync(db, o, lotId, EvaluationRules.Default, now);
            var officer = await db.Users.Where(u => u.Email == "procurement@example.org").Select(u => new { u.Id, u.DisplayName }).SingleAsync();
            var award = LotAward.Recommend(o, lotId, ranking, bids[Lead], null, [], officer.Id, officer.DisplayName, now, "Director", DecisionRules.Default);
            db.LotAwards.Add(award);
            await db.SaveChangesAsync();
            return award.Id;
        });
        return (id, lotId, awardId);
    }

    /// <summary>
    /// As <see cref="RecommendedAsync"/>, then approved (the director), with the outcome letters written, as the award pages do.
    /// Returns each organisation's letter by its name. Made once.
    /// </summary>
    public static async Task<(int Id, int LotId, IReadOnlyDictionary<string, int> Letters)> ApprovedAsync(PortalFactory factory)
    {
        var (id, lotId, awardId) = await RecommendedAsync(factory);
        await factory.WithDbAsync(async db =>
        {
            if (await db.LotAwards.AnyAsync(a => a.OpportunityId == id && a.Status == AwardStatus.Approved))
            {
                return 0;
            }

            var now = factory.Clock.GetUtcNow().UtcDateTime;
            var o = await db.Opportunities.AsSplitQuery().Include(x => x.Lots).Include(x => x.QualityQuestions).Include(x => x.SocialValueCriteria).SingleAsync(x => x.Id == id);
            var ranking = await LotRankings.ForLotAsync(db, o, lotId, EvaluationRules.Default, now);
            var director = await db.Users.Where(u => u.Email == "director@example.org").Select(u => new { u.Id, u.DisplayName }).SingleAsync();
            var award = await db.LotAwards.Include(a => a.Decision).SingleAsync(a => a.Id == awardId);
            award.Decide(new Decider(director.Id, director.DisplayName, true), true, "The highest scoring bid.", UkTime.DateOf(now), DecisionRules.Default);
            db.OutcomeLetters.AddRange(OutcomeLetter.ForApprovedAward(award, ranking, o.PriceWeight, new Dictionary<int, IReadOnlyDictionary<ScoreItem, string>>(), now));
            o.CompleteAward([award], now);
            return await db.SaveChangesAsync();
        });
        var letters = await factory.WithDbAsync(db => (from l in db.OutcomeLetters
                                                         where l.OpportunityId == id
                                                         join p in db.Providers on l.ProviderId equals p.Id
                                                         select new { p.Name, l.Id }).ToDictionaryAsync(x => x.Name, x => x.Id));
        return (id, lotId, letters);
    }
}
