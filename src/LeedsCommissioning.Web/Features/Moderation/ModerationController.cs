using FluentValidation;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Evaluation;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Web.Features.Scoring;
using LeedsCommissioning.Web.Features.Shared;
using LeedsCommissioning.Web.Infrastructure;
using LeedsCommissioning.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Moderation;

/// <summary>
/// The chair's moderation of a bid (issue 13, "Moderation: the chair records the agreed score per answer with a
/// rationale; the spread of individual scores is shown"). Only the panel's chair, on a bid of the panel's lot they
/// declared no conflict with; anyone else, and any other bid, answers 404. It opens once every member free of a
/// conflict with the bidder has submitted their sheet (until then the page says who is still to submit); the agreed
/// scores are saved as a draft, then confirmed through a confirmation page, after which they never change.
/// </summary>
[Route("scoring/panels/{panelId:int}/bids/{bidId:int}/moderate")]
[Authorize(Policies.ScoreBids)]
public sealed class ModerationController(CommissioningDbContext db, TimeProvider clock) : Controller
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private string Me => User.UserId();

    [HttpGet("")]
    public async Task<IActionResult> Moderate(int panelId, int bidId)
    {
        var facts = await ChairedAsync(panelId, bidId, tracked: false);
        if (facts is null)
        {
            return NotFound();
        }

        var model = Describe(facts);
        model.Scores = Padded(facts.Moderation?.Lines.Select(l => l.AgreedScore?.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList() ?? [], model.Items.Count);
        model.Rationales = Padded(facts.Moderation?.Lines.Select(l => l.Rationale).ToList() ?? [], model.Items.Count);
        return View(model);
    }

    [HttpPost("")]
    public async Task<IActionResult> Moderate(int panelId, int bidId, ModerateViewModel form)
    {
        var facts = await ChairedAsync(panelId, bidId, tracked: true);
        if (facts is null)
        {
            return NotFound();
        }

        var model = Describe(facts);
        model.Scores = Padded(form.Scores, model.Items.Count);
        model.Rationales = Padded(form.Rationales, model.Items.Count);
        if (model.ConfirmedAtUtc is not null)
        {
            return Redirect(Here(panelId, bidId));
        }

        if (model.NotYet is { } notYet)
        {
            ModelState.AddModelError("", notYet);
            return View(model);
        }

        var entries = ScoreEntries.Read(ModelState, form.Scores, form.Rationales, model.Items.Count, "Agreed score must be a whole number from 0 to 5");
        var moderation = facts.Moderation;
        if (ModelState.IsValid)
        {
            (moderation, model.Version) = await db.SaveDraftAsync(moderation, () => facts.Panel.StartModeration(Me, bidId, facts.Items, facts.SubmittedBy, Now),
                m => m.SaveDraft(facts.Panel, Me, entries, Now), form.Version, ModelState,
                "The agreed scores for this bid were saved from another window after you opened this page. Nothing has been saved: check the scores and save again.");
        }

        if (ModelState.IsValid && form.Command == "confirm")
        {
            ModelState.AddDomainErrors(moderation!.ProblemsBeforeConfirmation());
            if (ModelState.IsValid)
            {
                return Redirect($"{Here(panelId, bidId)}/confirm");
            }
        }

        if (!ModelState.IsValid)
        {
            model.Version = moderation?.Version ?? 0;
            return View(model);
        }

        TempData["Success"] = "Draft agreed scores saved";
        return Redirect(Here(panelId, bidId));
    }

    /// <summary>"Confirm the moderated scores" only opens this page: confirming cannot be undone.</summary>
    [HttpGet("confirm")]
    public async Task<IActionResult> Confirm(int panelId, int bidId)
    {
        var facts = await ChairedAsync(panelId, bidId, tracked: false);
        if (facts is null)
        {
            return NotFound();
        }

        if (facts.Moderation is not { IsConfirmed: false } moderation || moderation.ProblemsBeforeConfirmation().Count > 0)
        {
            return Redirect(Here(panelId, bidId));
        }

        return View("ConfirmAction", ConfirmModel(facts, moderation.Version));
    }

    [HttpPost("confirm")]
    public async Task<IActionResult> Confirm(int panelId, int bidId, ConfirmActionForm form, [FromServices] IValidator<ConfirmActionViewModel> validator)
    {
        var facts = await ChairedAsync(panelId, bidId, tracked: true);
        if (facts is null)
        {
            return NotFound();
        }

        if (facts.Moderation is not { IsConfirmed: false } moderation)
        {
            return Redirect(Here(panelId, bidId));
        }

        var model = ConfirmModel(facts, form.Version ?? moderation.Version);
        if (!await db.TryConfirmAsync(moderation, model, validator, ModelState, "moderated scores", () => moderation.Confirm(facts.Panel, Me, Now)))
        {
            return View("ConfirmAction", model);
        }

        TempData["Success"] = "Moderated scores confirmed";
        return Redirect(Here(panelId, bidId));
    }

    private static string Here(int panelId, int bidId) => $"/scoring/panels/{panelId}/bids/{bidId}/moderate";

    private static ConfirmActionViewModel ConfirmModel(Chaired facts, int version) => new()
    {
        Caption = facts.Provider,
        Question = "Are you sure you want to confirm the moderated scores for this bid?",
        WhatHappens =
        [
            "the agreed scores and your rationale are recorded as the panel's scores for this bid",
            "they count in the lot's ranking and appear in the evaluation report",
        ],
        Warning = "You cannot change the moderated scores after you confirm them.",
        Action = $"{Here(facts.Panel.Id, facts.BidId)}/confirm",
        Version = version,
        Button = "Confirm the moderated scores",
        CancelHref = Here(facts.Panel.Id, facts.BidId),
    };

    private sealed record Chaired(EvaluationPanel Panel, Opportunity Opportunity, int BidId, string Provider, IReadOnlyList<ScoreItem> Items,
        IReadOnlyList<ScoreSheet> Submitted, IReadOnlyCollection<string> SubmittedBy, BidModeration? Moderation, IReadOnlyDictionary<int, string> Criteria);

    /// <summary>
    /// The panel and bid, when the signed-in person chairs the panel, the opportunity is in evaluation, the bid is an
    /// opened bid of the panel's lot, and the chair declared no conflict with it; otherwise null (404).
    /// </summary>
    private async Task<Chaired?> ChairedAsync(int panelId, int bidId, bool tracked)
    {
        var me = Me;
        var query = db.EvaluationPanels.AsSplitQuery().Include(p => p.Members).Include(p => p.Declarations)
            .Where(p => p.Id == panelId && p.Members.Any(m => m.UserId == me && m.IsChair));
        var panel = await (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync();
        if (panel is null || panel.DeclarationFor(me, bidId) is { HasConflict: true })
        {
            return null;
        }

        var o = await db.Opportunities.AsNoTracking().AsSplitQuery().Include(x => x.Lots).Include(x => x.QualityQuestions).Include(x => x.SocialValueCriteria)
            .SingleAsync(x => x.Id == panel.OpportunityId);
        if (o.Status is not (OpportunityStatus.Published or OpportunityStatus.InEvaluation))
        {
            return null;
        }

        var entry = await db.BidOpenings.AsNoTracking().Where(x => x.OpportunityId == o.Id).SelectMany(x => x.Entries)
            .SingleOrDefaultAsync(e => e.BidId == bidId && e.LotId == panel.LotId);
        if (entry is null)
        {
            return null;
        }

        var moderationQuery = db.Moderations.Include(m => m.Lines).Where(m => m.EvaluationPanelId == panelId && m.BidId == bidId);
        var moderation = await (tracked ? moderationQuery : moderationQuery.AsNoTracking()).SingleOrDefaultAsync();
        var lotPanels = await db.EvaluationPanels.AsNoTracking().Where(p => p.OpportunityId == o.Id && p.LotId == panel.LotId).ToListAsync();
        var items = moderation?.Lines.Select(l => new ScoreItem(l.Kind, l.ItemId)).ToList() ?? panel.ItemsToScore(o, lotPanels);
        var submitted = await db.ScoreSheets.AsNoTracking().Include(s => s.Lines)
            .Where(s => s.EvaluationPanelId == panelId && s.BidId == bidId && s.SubmittedAtUtc != null)
            .OrderBy(s => s.SubmittedAtUtc).ToListAsync();
        var criterionIds = items.Where(i => i.Kind == ScoreItemKind.SocialValue).Select(i => i.ItemId).ToList();
        var criteria = await db.SocialValueCriteria.AsNoTracking().Where(c => criterionIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name);
        return new Chaired(panel, o, bidId, entry.ProviderName, items, submitted, submitted.Select(s => s.UserId).ToHashSet(), moderation, criteria);
    }

    private ModerateViewModel Describe(Chaired facts)
    {
        var o = facts.Opportunity;
        var lot = o.Lots.Single(l => l.Id == facts.Panel.LotId);
        return new ModerateViewModel
        {
            PanelId = facts.Panel.Id,
            BidId = facts.BidId,
            OpportunityTitle = o.Title,
            PanelName = facts.Panel.Name,
            Lot = $"Lot {lot.Number}: {lot.Title}",
            Provider = facts.Provider,
            Version = facts.Moderation?.Version ?? 0,
            NotYet = facts.Moderation is null ? facts.Panel.WhyNotModerate(Me, facts.BidId, facts.SubmittedBy) : null,
            ConfirmedAtUtc = facts.Moderation?.ConfirmedAtUtc,
            ConfirmedBy = facts.Moderation?.ModeratedByName,
            StoodAside = facts.Panel.Members.Where(m => facts.Panel.DeclarationFor(m.UserId, facts.BidId) is { HasConflict: true }).Select(m => m.Name).ToList(),
            Items = facts.Items.Select(i => new ModerationItem(
                Heading(o, facts.Criteria, i),
                MemberScore.For(facts.Submitted, i))).ToList(),
        };
    }

    /// <summary>"Question 2: ..." (with "(presentation)" for a presentation) or "Social value: ...".</summary>
    public static string Heading(Opportunity o, IReadOnlyDictionary<int, string> criteria, ScoreItem item)
    {
        if (item.Kind == ScoreItemKind.Quality)
        {
            var q = o.QualityQuestions.Single(x => x.Id == item.ItemId);
            return $"Question {q.Number}{(q.IsPresentation ? " (presentation)" : "")}: {q.Text}";
        }

        return $"Social value: {criteria.GetValueOrDefault(item.ItemId, "")}";
    }

    private static List<string?> Padded(List<string?> list, int count) =>
        list.Take(count).Concat(Enumerable.Repeat<string?>(null, Math.Max(0, count - list.Count))).ToList();

}
