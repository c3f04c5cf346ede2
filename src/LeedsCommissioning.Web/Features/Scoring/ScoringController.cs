using FluentValidation;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Evaluation;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Infrastructure.Opportunities;
using LeedsCommissioning.Web.Features.Shared;
using LeedsCommissioning.Web.Infrastructure;
using LeedsCommissioning.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Scoring;

/// <summary>
/// A panel member's own scoring (issue 13), for staff and external evaluators alike: the list of what they are asked
/// to score, the declaration of interests that comes before any bid, and a score sheet per bid. Everything is read for
/// the signed-in member only: a panel they are not on, a bid outside their panel's lot or one they declared a conflict
/// with answers 404, and bid content comes only through <see cref="SealedBids.OpenedForPanelMember"/>.
/// </summary>
[Route("scoring")]
[Authorize(Policies.ScoreBids)]
public sealed class ScoringController(CommissioningDbContext db, TimeProvider clock) : Controller
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private string Me => User.UserId();

    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var me = Me;
        var panels = await db.EvaluationPanels.AsNoTracking().AsSplitQuery().Include(p => p.Members).Include(p => p.Declarations)
            .Where(p => p.Members.Any(m => m.UserId == me)).OrderBy(p => p.OpportunityId).ThenBy(p => p.Id).ToListAsync();
        var opportunityIds = panels.Select(p => p.OpportunityId).Distinct().ToList();
        // Questions a panel of their own scores: a whole-lot panel leaves them out (EvaluationPanel.Owns).
        var ownPanels = await db.EvaluationPanels.AsNoTracking().Where(p => opportunityIds.Contains(p.OpportunityId) && p.QualityQuestionId != null)
            .Select(p => new { p.LotId, QuestionId = p.QualityQuestionId!.Value }).ToListAsync();
        var opportunities = await db.Opportunities.AsNoTracking().AsSplitQuery().Include(o => o.Lots).Include(o => o.QualityQuestions)
            .Where(o => opportunityIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id);
        var openings = await db.BidOpenings.AsNoTracking().Include(o => o.Entries).Where(o => opportunityIds.Contains(o.OpportunityId)).ToDictionaryAsync(o => o.OpportunityId);
        var sheets = await db.ScoreSheets.AsNoTracking().Where(s => s.UserId == me).Select(s => new { s.EvaluationPanelId, s.BidId, s.SubmittedAtUtc }).ToListAsync();
        var chaired = panels.Where(p => p.Chair?.UserId == me).Select(p => p.Id).ToList();
        var submittedByPanel = await db.ScoreSheets.AsNoTracking().Where(s => chaired.Contains(s.EvaluationPanelId) && s.SubmittedAtUtc != null)
            .Select(s => new { s.EvaluationPanelId, s.BidId, s.UserId }).ToListAsync();
        var moderations = await db.Moderations.AsNoTracking().Where(m => chaired.Contains(m.EvaluationPanelId))
            .Select(m => new { m.EvaluationPanelId, m.BidId, m.ConfirmedAtUtc }).ToListAsync();
        return View(new ScoringIndexViewModel
        {
            Panels = panels.Where(p => opportunities[p.OpportunityId].Status is OpportunityStatus.Published or OpportunityStatus.InEvaluation).Select(p =>
            {
                var o = opportunities[p.OpportunityId];
                var entries = openings.TryGetValue(o.Id, out var opening) ? opening.Entries.Where(e => e.LotId == p.LotId).OrderBy(e => e.ProviderName, StringComparer.Ordinal).ToList() : [];
                return new ScoringPanelGroup(p.Id, o.Title, LotName(o, p.LotId), p.Name, ScopeName(o, p.QualityQuestionId, ownPanels.Where(x => x.LotId == p.LotId).Select(x => x.QuestionId).ToList()), p.Chair?.Name ?? "", p.Chair?.UserId == me,
                    opening is not null, p.HasDeclared(me),
                    entries.Select(e => new ScoringBidRow(e.BidId, e.ProviderName,
                        p.DeclarationFor(me, e.BidId)?.HasConflict == true ? ScoringBidStatus.Conflict
                        : sheets.SingleOrDefault(s => s.EvaluationPanelId == p.Id && s.BidId == e.BidId) is not { } sheet ? ScoringBidStatus.NotStarted
                        : sheet.SubmittedAtUtc is null ? ScoringBidStatus.Draft : ScoringBidStatus.Submitted)).ToList())
                {
                    Moderations = p.Chair?.UserId != me ? [] : entries.Select(e => new ModerationRow(e.BidId, e.ProviderName,
                        p.DeclarationFor(me, e.BidId)?.HasConflict == true ? ModerationStatus.Conflict
                        : moderations.SingleOrDefault(m => m.EvaluationPanelId == p.Id && m.BidId == e.BidId) is { } m
                            ? (m.ConfirmedAtUtc is null ? ModerationStatus.Draft : ModerationStatus.Confirmed)
                        : p.WhyNotModerate(me, e.BidId, submittedByPanel.Where(s => s.EvaluationPanelId == p.Id && s.BidId == e.BidId).Select(s => s.UserId).ToList()) is null
                            ? ModerationStatus.NotStarted : ModerationStatus.WaitingForScores)).ToList(),
                };
            }).ToList(),
        });
    }

    [HttpGet("panels/{panelId:int}/declare")]
    public async Task<IActionResult> Declare(int panelId)
    {
        var (panel, o, entries) = await MyPanelAsync(panelId);
        if (panel is null || o is null || entries is null)
        {
            return NotFound();
        }

        var model = Describe(new DeclareViewModel(), panel, o, entries);
        model.Conflicts = entries.Select(e => panel.DeclarationFor(Me, e.BidId) is { } d ? (d.HasConflict ? "true" : "false") : null).ToList();
        model.Details = entries.Select(e => panel.DeclarationFor(Me, e.BidId)?.Details).ToList();
        return View(model);
    }

    [HttpPost("panels/{panelId:int}/declare")]
    public async Task<IActionResult> Declare(int panelId, DeclareViewModel form)
    {
        var (panel, o, entries) = await MyPanelAsync(panelId, tracked: true);
        if (panel is null || o is null || entries is null)
        {
            return NotFound();
        }

        if (panel.HasDeclared(Me))
        {
            return Redirect("/scoring");
        }

        var answers = entries.Select((e, i) => (e.BidId,
            Conflict: At(form.Conflicts, i) switch { "true" => true, "false" => (bool?)false, _ => null },
            Details: At(form.Details, i))).ToList();
        try
        {
            panel.Declare(Me, entries.Select(e => e.BidId).ToList(), answers, Now);
            await db.SaveChangesAsync();
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex);
            var model = Describe(form, panel, o, entries);
            model.DeclaredAtUtc = null;
            return View(model);
        }

        TempData["Success"] = "Interests declared";
        return Redirect("/scoring");
    }

    [HttpGet("panels/{panelId:int}/bids/{bidId:int}")]
    public async Task<IActionResult> Sheet(int panelId, int bidId)
    {
        var (panel, o, entries) = await MyPanelAsync(panelId);
        if (panel is null || o is null || entries is null || entries.All(e => e.BidId != bidId))
        {
            return NotFound();
        }

        if (panel.DeclarationFor(Me, bidId) is null)
        {
            return Redirect($"/scoring/panels/{panelId}/declare");
        }

        var sheet = await db.ScoreSheets.AsNoTracking().Include(s => s.Lines).SingleOrDefaultAsync(s => s.EvaluationPanelId == panelId && s.BidId == bidId && s.UserId == Me);
        var model = await BuildSheetAsync(panel, o, entries, bidId, sheet, await ItemsAsync(panel, o, sheet));
        if (model is null)
        {
            return NotFound();
        }

        model.Scores = Padded(sheet?.Lines.Select(l => l.Score?.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList() ?? [], model.Items.Count);
        model.Comments = Padded(sheet?.Lines.Select(l => l.Comment).ToList() ?? [], model.Items.Count);
        return View(model);
    }

    [HttpPost("panels/{panelId:int}/bids/{bidId:int}")]
    public async Task<IActionResult> Sheet(int panelId, int bidId, SheetViewModel form)
    {
        var (panel, o, entries) = await MyPanelAsync(panelId);
        if (panel is null || o is null || entries is null || entries.All(e => e.BidId != bidId))
        {
            return NotFound();
        }

        if (panel.DeclarationFor(Me, bidId) is null)
        {
            return Redirect($"/scoring/panels/{panelId}/declare");
        }

        var sheet = await db.ScoreSheets.Include(s => s.Lines).SingleOrDefaultAsync(s => s.EvaluationPanelId == panelId && s.BidId == bidId && s.UserId == Me);
        var items = await ItemsAsync(panel, o, sheet);
        var model = await BuildSheetAsync(panel, o, entries, bidId, null, items);
        if (model is null)
        {
            return NotFound();
        }

        model.Scores = Padded(form.Scores, model.Items.Count);
        model.Comments = Padded(form.Comments, model.Items.Count);
        var entriesTyped = ScoreEntries.Read(ModelState, form.Scores, form.Comments, model.Items.Count, "Score must be a whole number from 0 to 5");
        if (ModelState.IsValid)
        {
            (sheet, model.Version) = await db.SaveDraftAsync(sheet, () => panel.StartSheet(Me, bidId, items, Now), s => s.SaveDraft(entriesTyped, Now),
                form.Version, ModelState,
                "Your scores for this bid were saved from another window after you opened this page. Nothing has been saved: check the scores and save again.");
        }

        if (ModelState.IsValid && form.Command == "submit")
        {
            ModelState.AddDomainErrors(sheet!.ProblemsBeforeSubmission());
            if (ModelState.IsValid)
            {
                return Redirect($"/scoring/panels/{panelId}/bids/{bidId}/submit");
            }
        }

        if (!ModelState.IsValid)
        {
            model.Version = sheet?.Version ?? 0;
            return View(model);
        }

        TempData["Success"] = "Draft scores saved";
        return Redirect($"/scoring/panels/{panelId}/bids/{bidId}");
    }

    /// <summary>"Submit your scores" only opens this page: submitting cannot be undone.</summary>
    [HttpGet("panels/{panelId:int}/bids/{bidId:int}/submit")]
    public async Task<IActionResult> Submit(int panelId, int bidId)
    {
        var (readable, sheet, provider) = await MySheetAsync(panelId, bidId, tracked: false);
        if (!readable)
        {
            return NotFound();
        }

        if (sheet is null || sheet.IsSubmitted || sheet.ProblemsBeforeSubmission().Count > 0)
        {
            return Redirect($"/scoring/panels/{panelId}/bids/{bidId}");
        }

        return View("ConfirmAction", ConfirmSubmit(sheet, provider!, sheet.Version));
    }

    [HttpPost("panels/{panelId:int}/bids/{bidId:int}/submit")]
    public async Task<IActionResult> Submit(int panelId, int bidId, ConfirmActionForm form, [FromServices] IValidator<ConfirmActionViewModel> validator)
    {
        var (readable, sheet, provider) = await MySheetAsync(panelId, bidId, tracked: true);
        if (!readable)
        {
            return NotFound();
        }

        if (sheet is null || sheet.IsSubmitted)
        {
            return Redirect($"/scoring/panels/{panelId}/bids/{bidId}");
        }

        var model = ConfirmSubmit(sheet, provider!, form.Version ?? sheet.Version);
        if (!await db.TryConfirmAsync(sheet, model, validator, ModelState, "score sheet", () => sheet.Submit(Now)))
        {
            return View("ConfirmAction", model);
        }

        TempData["Success"] = "Scores submitted";
        return Redirect($"/scoring/panels/{panelId}/bids/{bidId}");
    }

    private static ConfirmActionViewModel ConfirmSubmit(ScoreSheet sheet, string provider, int version) => new()
    {
        Caption = provider,
        Question = "Are you sure you want to submit your scores for this bid?",
        WhatHappens =
        [
            "your scores and comments go to the panel, and the chair will use them in moderation",
            "the other members who have submitted their own scores for this bid can see yours",
            "you can then see the other members' submitted scores and how far apart the scores are",
        ],
        Warning = "You cannot change your scores after you submit them.",
        Action = $"/scoring/panels/{sheet.EvaluationPanelId}/bids/{sheet.BidId}/submit",
        Version = version,
        Button = "Submit scores",
        CancelHref = $"/scoring/panels/{sheet.EvaluationPanelId}/bids/{sheet.BidId}",
    };

    /// <summary>
    /// Whether the member may read the bid on that panel (declared no conflict), and if so their own sheet for it (null
    /// before they save one) and the bidder's name.
    /// </summary>
    private async Task<(bool Readable, ScoreSheet? Sheet, string? Provider)> MySheetAsync(int panelId, int bidId, bool tracked)
    {
        var me = Me;
        if (!await db.OpenedForPanelMember(Now, me, panelId).AnyAsync(b => b.Id == bidId))
        {
            return (false, null, null);
        }

        var query = db.ScoreSheets.Include(s => s.Lines).Where(s => s.EvaluationPanelId == panelId && s.BidId == bidId && s.UserId == me);
        var sheet = await (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync();
        var provider = await db.BidOpenings.SelectMany(o => o.Entries).Where(e => e.BidId == bidId).Select(e => e.ProviderName).SingleAsync();
        return (true, sheet, provider);
    }

    /// <summary>The panel, if the signed-in person sits on it, with its opportunity and the opened bids of its lot (null before the opening).</summary>
    private async Task<(EvaluationPanel? Panel, Opportunity? Opportunity, List<OpenedBidEntry>? Entries)> MyPanelAsync(int panelId, bool tracked = false)
    {
        var me = Me;
        var query = db.EvaluationPanels.AsSplitQuery().Include(p => p.Members).Include(p => p.Declarations)
            .Where(p => p.Id == panelId && p.Members.Any(m => m.UserId == me));
        var panel = await (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync();
        if (panel is null)
        {
            return (null, null, null);
        }

        var o = await db.Opportunities.AsNoTracking().AsSplitQuery().Include(x => x.Lots).Include(x => x.QualityQuestions).Include(x => x.SocialValueCriteria)
            .SingleAsync(x => x.Id == panel.OpportunityId);
        if (o.Status is not (OpportunityStatus.Published or OpportunityStatus.InEvaluation))
        {
            return (null, null, null);
        }

        var opening = await db.BidOpenings.AsNoTracking().Include(x => x.Entries).SingleOrDefaultAsync(x => x.OpportunityId == o.Id);
        return (panel, o, opening?.Entries.Where(e => e.LotId == panel.LotId).OrderBy(e => e.ProviderName, StringComparer.Ordinal).ToList());
    }

    private DeclareViewModel Describe(DeclareViewModel model, EvaluationPanel panel, Opportunity o, List<OpenedBidEntry> entries)
    {
        model.PanelId = panel.Id;
        model.OpportunityTitle = o.Title;
        model.PanelName = panel.Name;
        model.Lot = LotName(o, panel.LotId);
        model.BidIds = entries.Select(e => e.BidId).ToList();
        model.Providers = entries.Select(e => e.ProviderName).ToList();
        model.Conflicts = Padded(model.Conflicts, entries.Count);
        model.Details = Padded(model.Details, entries.Count);
        model.DeclaredAtUtc = panel.Declarations.Where(d => d.UserId == Me).Select(d => (DateTime?)d.DeclaredAtUtc).Min();
        return model;
    }

    /// <summary>
    /// The sheet page's facts: the answers the panel scores, read from the bid through the panel member's sealed-bid
    /// reader (null when it yields nothing: a conflict), and the others' submitted scores once the member's own are in.
    /// </summary>
    private async Task<SheetViewModel?> BuildSheetAsync(EvaluationPanel panel, Opportunity o, List<OpenedBidEntry> entries, int bidId, ScoreSheet? own, IReadOnlyList<ScoreItem> items)
    {
        var bid = await db.OpenedForPanelMember(Now, Me, panel.Id).AsSplitQuery().Include(b => b.Answers).Include(b => b.Commitments)
            .SingleOrDefaultAsync(b => b.Id == bidId);
        if (bid is null)
        {
            return null;
        }

        var criterionIds = items.Where(i => i.Kind == ScoreItemKind.SocialValue).Select(i => i.ItemId).ToList();
        var criteria = await db.SocialValueCriteria.AsNoTracking().Where(c => criterionIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id);
        var others = new List<IReadOnlyList<MemberScore>>();
        if (ScoreSheet.MayReadOthers(own))
        {
            var me = Me;
            var submitted = await db.ScoreSheets.AsNoTracking().Include(s => s.Lines)
                .Where(s => s.EvaluationPanelId == panel.Id && s.BidId == bidId && s.UserId != me && s.SubmittedAtUtc != null)
                .OrderBy(s => s.SubmittedAtUtc).ToListAsync();
            others = items.Select(item => (IReadOnlyList<MemberScore>)MemberScore.For(submitted, item)).ToList();
        }

        return new SheetViewModel
        {
            PanelId = panel.Id,
            BidId = bidId,
            OpportunityTitle = o.Title,
            PanelName = panel.Name,
            Lot = LotName(o, panel.LotId),
            Provider = entries.Single(e => e.BidId == bidId).ProviderName,
            Version = own?.Version ?? 0,
            SubmittedAtUtc = own?.SubmittedAtUtc,
            Items = items.Select(i =>
            {
                if (i.Kind == ScoreItemKind.Quality)
                {
                    var q = o.QualityQuestions.Single(x => x.Id == i.ItemId);
                    if (q.IsPresentation)
                    {
                        return new SheetItem($"Question {q.Number} (presentation): {q.Text}", "A presentation or interview, with no written answer: score what the bidder presented to the panel.", null);
                    }

                    var text = bid.Answers.SingleOrDefault(a => a.QualityQuestionId == q.Id)?.Text;
                    return new SheetItem($"Question {q.Number}: {q.Text}", text, $"{Bid.CountWords(text)} of {q.WordLimit:N0} words");
                }

                var c = criteria[i.ItemId];
                return new SheetItem($"Social value: {c.Name}", Quantity.Text(bid.Commitments.SingleOrDefault(x => x.SocialValueCriterionId == c.Id)?.Quantity, c.Unit), null);
            }).ToList(),
            Others = others,
        };
    }

    /// <summary>
    /// The answers on the member's sheet: its lines once started, otherwise what the panel scores now (a panel formed
    /// for one question owns it, so a whole-lot panel's new sheets leave it out).
    /// </summary>
    private async Task<IReadOnlyList<ScoreItem>> ItemsAsync(EvaluationPanel panel, Opportunity o, ScoreSheet? sheet)
    {
        if (sheet is not null)
        {
            return sheet.Lines.Select(l => new ScoreItem(l.Kind, l.ItemId)).ToList();
        }

        var lotPanels = await db.EvaluationPanels.AsNoTracking().Where(p => p.OpportunityId == o.Id && p.LotId == panel.LotId).ToListAsync();
        return panel.ItemsToScore(o, lotPanels);
    }

    /// <summary>The list cut or filled with blanks to one entry per answer, so the form has a box for each (typed values kept).</summary>
    private static List<string?> Padded(List<string?> list, int count) =>
        list.Take(count).Concat(Enumerable.Repeat<string?>(null, Math.Max(0, count - list.Count))).ToList();

    private static string? At(List<string?> list, int i) => i < list.Count ? list[i] : null;

    private static string LotName(Opportunity o, int lotId) => o.Lots.SingleOrDefault(l => l.Id == lotId) is { } l ? $"Lot {l.Number}: {l.Title}" : "";

    private static string ScopeName(Opportunity o, int? questionId, IReadOnlyList<int> questionsWithOwnPanel) => questionId is null
        ? (questionsWithOwnPanel.Count == 0
            ? "Every quality and social value answer"
            : $"Every quality and social value answer except question {string.Join(" and ", o.QualityQuestions.Where(q => questionsWithOwnPanel.Contains(q.Id)).OrderBy(q => q.Number).Select(q => q.Number))}, which its own panel scores")
        : o.QualityQuestions.SingleOrDefault(q => q.Id == questionId) is { } q ? $"Question {q.Number} only" : "";
}
