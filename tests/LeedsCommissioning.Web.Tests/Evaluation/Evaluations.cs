using LeedsCommissioning.Domain.Evaluation;
using LeedsCommissioning.Domain.Security;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Infrastructure.Opportunities;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Evaluation;

/// <summary>
/// Records made in the database for tests that need them as given (their own pages are tested in this folder): the
/// opening of an opportunity's bids (Grace Okafor, with Helen Carter present) and a panel.
/// </summary>
internal static class Evaluations
{
    public const string InEvaluationTitle = "West Yorkshire Appropriate Adult Service";

    /// <summary>Records the opening at the factory clock's time (or at <paramref name="at"/>, before it), unless it is recorded already.</summary>
    public static Task OpenAsync(PortalFactory factory, int opportunityId, DateTime? at = null) =>
        factory.WithDbAsync(async db =>
        {
            if (await db.IsOpenedAsync(opportunityId))
            {
                return 0;
            }

            var now = at ?? factory.Clock.GetUtcNow().UtcDateTime;
            var o = await db.Opportunities.AsNoTracking().Include(x => x.Lots).SingleAsync(x => x.Id == opportunityId);
            var officer = await db.Users.Where(u => u.Email == "procurement@example.org").Select(u => new { u.Id, u.DisplayName }).SingleAsync();
            var director = await db.Users.Where(u => u.Email == "director@example.org").Select(u => new { u.Id, u.DisplayName }).SingleAsync();
            db.BidOpenings.Add(BidOpening.Record(o, await db.EnvelopesAsync(opportunityId, now), officer.Id, officer.DisplayName, director.Id, director.DisplayName, now));
            return await db.SaveChangesAsync();
        });

    /// <summary>
    /// A panel of the given accounts on the lot (the first chairs it), scoring every answer; with <paramref name="declare"/>
    /// each member has declared no conflict with every opened bid of the lot. Formed at the factory clock's time (or at
    /// <paramref name="at"/>, before it). Made once per name.
    /// </summary>
    public static Task<int> PanelAsync(PortalFactory factory, int opportunityId, int lotId, string name, IReadOnlyList<string> emails, bool declare, DateTime? at = null) =>
        factory.WithDbAsync(async db =>
        {
            var existing = await db.EvaluationPanels.Where(p => p.OpportunityId == opportunityId && p.Name == name).Select(p => (int?)p.Id).SingleOrDefaultAsync();
            if (existing is { } id)
            {
                return id;
            }

            var now = at ?? factory.Clock.GetUtcNow().UtcDateTime;
            var o = await db.Opportunities.AsNoTracking().AsSplitQuery().Include(x => x.Lots).Include(x => x.QualityQuestions).Include(x => x.SocialValueCriteria).SingleAsync(x => x.Id == opportunityId);
            var people = new List<PanelMemberChoice>();
            foreach (var email in emails)
            {
                var user = await db.Users.Where(u => u.Email == email).Select(u => new { u.Id, u.DisplayName }).SingleAsync();
                var evaluator = await db.UserRoles.AnyAsync(ur => ur.UserId == user.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Evaluator));
                people.Add(new PanelMemberChoice(user.Id, user.DisplayName, evaluator));
            }

            var panel = new EvaluationPanel(o, lotId, null, name, people, people[0].UserId, "Grace Okafor", now);
            if (declare)
            {
                var bids = await db.BidOpenings.Where(x => x.OpportunityId == opportunityId).SelectMany(x => x.Entries).Where(e => e.LotId == lotId).Select(e => e.BidId).ToListAsync();
                foreach (var person in people)
                {
                    panel.Declare(person.UserId, bids, bids.Select(b => (b, (bool?)false, (string?)null)).ToList(), now);
                }
            }

            db.EvaluationPanels.Add(panel);
            await db.SaveChangesAsync();
            return panel.Id;
        });

    /// <summary>The demo opportunity in evaluation, its bids by organisation name, and its panels by name.</summary>
    public static Task<(int Id, IReadOnlyDictionary<string, int> Bids, IReadOnlyDictionary<string, int> Panels)> InEvaluationAsync(PortalFactory factory) =>
        factory.WithDbAsync(async db =>
        {
            var id = await db.Opportunities.Where(o => o.Title == InEvaluationTitle).Select(o => o.Id).SingleAsync();
            var bids = await db.BidOpenings.Where(o => o.OpportunityId == id).SelectMany(o => o.Entries).ToDictionaryAsync(e => e.ProviderName, e => e.BidId);
            var panels = await db.EvaluationPanels.Where(p => p.OpportunityId == id).ToDictionaryAsync(p => p.Name, p => p.Id);
            return (id, (IReadOnlyDictionary<string, int>)bids, (IReadOnlyDictionary<string, int>)panels);
        });

    /// <summary>The member's score sheet on the bid: 3 for every answer, with a comment, submitted or left a draft. Made once.</summary>
    public static Task ScoreAsync(PortalFactory factory, int panelId, int bidId, string email, bool submit) =>
        factory.WithDbAsync(async db =>
        {
            var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
            if (await db.ScoreSheets.AnyAsync(s => s.EvaluationPanelId == panelId && s.BidId == bidId && s.UserId == userId))
            {
                return 0;
            }

            var now = factory.Clock.GetUtcNow().UtcDateTime;
            var (panel, items) = await PanelAndItemsAsync(db, panelId);
            var sheet = panel.StartSheet(userId, bidId, items, now);
            sheet.SaveDraft(sheet.Lines.Select(_ => ((int?)3, (string?)"Meets what the question asks.")).ToList(), now);
            if (submit)
            {
                sheet.Submit(now);
            }

            db.ScoreSheets.Add(sheet);
            return await db.SaveChangesAsync();
        });

    /// <summary>The chair's moderation of the bid from the sheets submitted, drafted in full: 3 for every answer, with a rationale. Made once.</summary>
    public static Task ModerationDraftAsync(PortalFactory factory, int panelId, int bidId) =>
        factory.WithDbAsync(async db =>
        {
            if (await db.Moderations.AnyAsync(m => m.EvaluationPanelId == panelId && m.BidId == bidId))
            {
                return 0;
            }

            var now = factory.Clock.GetUtcNow().UtcDateTime;
            var (panel, items) = await PanelAndItemsAsync(db, panelId);
            var sheets = await db.ScoreSheets.Where(s => s.EvaluationPanelId == panelId && s.BidId == bidId).ToListAsync();
            var moderation = panel.StartModeration(panel.Chair!.UserId, bidId, items, sheets.Where(s => s.IsSubmitted).Select(s => s.UserId).ToList(), now);
            moderation.SaveDraft(panel, panel.Chair.UserId, items.Select(i => ((int?)3, (string?)$"Agreed: answer {i.Kind} {i.ItemId} meets what it asks.")).ToList(), now);
            db.Moderations.Add(moderation);
            return await db.SaveChangesAsync();
        });

    /// <summary>The panel (with its members and declarations) and the answers it scores on every bid.</summary>
    private static async Task<(EvaluationPanel Panel, IReadOnlyList<ScoreItem> Items)> PanelAndItemsAsync(CommissioningDbContext db, int panelId)
    {
        var panel = await db.EvaluationPanels.Include(p => p.Members).Include(p => p.Declarations).SingleAsync(p => p.Id == panelId);
        var o = await db.Opportunities.AsNoTracking().AsSplitQuery().Include(x => x.Lots).Include(x => x.QualityQuestions).Include(x => x.SocialValueCriteria)
            .SingleAsync(x => x.Id == panel.OpportunityId);
        var lotPanels = await db.EvaluationPanels.Where(p => p.OpportunityId == panel.OpportunityId).ToListAsync();
        return (panel, panel.ItemsToScore(o, lotPanels));
    }
}
