using FluentValidation;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Evaluation;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Domain.Security;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Infrastructure.Opportunities;
using LeedsCommissioning.Web.Infrastructure;
using LeedsCommissioning.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Panels;

/// <summary>
/// Evaluation panels (issue 13): a procurement officer forms a panel per lot, or per quality question, from staff and
/// external evaluators, one of them the chair. Everyone who may open bids sees the panels and each member's progress;
/// nobody here sees a score.
/// </summary>
[Route("procurement/opportunities/{id:int}/panels")]
public sealed class PanelsController(CommissioningDbContext db, TimeProvider clock) : Controller
{
    private static readonly string[] Candidates = [.. Roles.Staff, Roles.Evaluator];

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    [HttpGet("")]
    [Authorize(Policies.OpenBids)]
    public async Task<IActionResult> Index(int id, [FromServices] IAuthorizationService authorization)
    {
        var o = await LoadAsync(id);
        if (o is null)
        {
            return NotFound();
        }

        var model = await BuildAsync(o);
        model.CanForm = (await authorization.AuthorizeAsync(User, Policies.FormPanels)).Succeeded && o.Status is OpportunityStatus.Published or OpportunityStatus.InEvaluation;
        return View(model);
    }

    /// <summary>The panels' members and their progress, one row a member, as the page shows them (never a score).</summary>
    [HttpGet("export.csv")]
    [Authorize(Policies.OpenBids)]
    public async Task<IActionResult> ExportCsv(int id) =>
        await LoadAsync(id) is { } o ? PanelMemberExportRow.Export.Csv(PanelMemberExportRow.Of(await BuildAsync(o)), clock.UkToday()) : NotFound();

    [HttpGet("export.xlsx")]
    [Authorize(Policies.OpenBids)]
    public async Task<IActionResult> ExportXlsx(int id) =>
        await LoadAsync(id) is { } o ? PanelMemberExportRow.Export.Xlsx(PanelMemberExportRow.Of(await BuildAsync(o)), clock.UkToday()) : NotFound();

    private async Task<PanelsViewModel> BuildAsync(Opportunity o)
    {
        var id = o.Id;
        var panels = await db.EvaluationPanels.AsNoTracking().AsSplitQuery().Include(p => p.Members).Include(p => p.Declarations)
            .Where(p => p.OpportunityId == id).OrderBy(p => p.Id).ToListAsync();
        var panelIds = panels.Select(p => p.Id).ToList();
        var sheets = await db.ScoreSheets.AsNoTracking().Where(s => panelIds.Contains(s.EvaluationPanelId))
            .Select(s => new { s.EvaluationPanelId, s.UserId, s.SubmittedAtUtc }).ToListAsync();
        var opening = await db.BidOpenings.AsNoTracking().Include(x => x.Entries).SingleOrDefaultAsync(x => x.OpportunityId == id);
        return new PanelsViewModel
        {
            OpportunityId = id,
            OpportunityTitle = o.Title,
            IsOpened = opening is not null,
            Panels = panels.Select(p => new PanelCard(p.Id, p.Name, LotName(o, p.LotId), ScopeName(o, p.QualityQuestionId), opening?.BidsFor(p.LotId) ?? 0,
                p.Members.OrderByDescending(m => m.IsChair).ThenBy(m => m.Name, StringComparer.Ordinal).Select(m => new PanelMemberRow(
                    m.Name, m.IsChair, m.IsExternal,
                    p.Declarations.Where(d => d.UserId == m.UserId).Select(d => (DateTime?)d.DeclaredAtUtc).Min(),
                    p.Declarations.Count(d => d.UserId == m.UserId && d.HasConflict),
                    sheets.Count(s => s.EvaluationPanelId == p.Id && s.UserId == m.UserId && s.SubmittedAtUtc != null),
                    sheets.Count(s => s.EvaluationPanelId == p.Id && s.UserId == m.UserId && s.SubmittedAtUtc == null))).ToList())).ToList(),
        };
    }

    [HttpGet("new")]
    [Authorize(Policies.FormPanels)]
    public async Task<IActionResult> New(int id)
    {
        var o = await LoadAsync(id);
        return o is null ? NotFound() : View("Form", await FillAsync(new PanelFormViewModel(), o));
    }

    [HttpPost("new")]
    [Authorize(Policies.FormPanels)]
    public async Task<IActionResult> New(int id, PanelFormViewModel model, [FromServices] IValidator<PanelFormViewModel> validator)
    {
        model.PanelId = null;
        var o = await LoadAsync(id);
        if (o is null)
        {
            return NotFound();
        }

        if (await ModelState.ValidateAsync(validator, model))
        {
            try
            {
                var question = model.Scope == "all" ? null : NumberText.WholeNumber(model.Scope);
                var panel = new EvaluationPanel(o, NumberText.WholeNumber(model.LotId) ?? 0, question, model.Name!,
                    await ChosenAsync(model.MemberUserIds), model.ChairUserId, User.DisplayName(), Now);
                db.EvaluationPanels.Add(panel);
                await db.SaveChangesAsync();
                TempData["Success"] = $"Panel formed: {panel.Name}";
                return Redirect($"/procurement/opportunities/{id}/panels");
            }
            catch (DomainException ex)
            {
                ModelState.AddDomainError(ex);
            }
        }

        return View("Form", await FillAsync(model, o));
    }

    [HttpGet("{panelId:int}/edit")]
    [Authorize(Policies.FormPanels)]
    public async Task<IActionResult> Edit(int id, int panelId)
    {
        var o = await LoadAsync(id);
        var panel = await db.EvaluationPanels.AsNoTracking().Include(p => p.Members).SingleOrDefaultAsync(p => p.Id == panelId && p.OpportunityId == id);
        if (o is null || panel is null)
        {
            return NotFound();
        }

        return View("Form", await FillAsync(new PanelFormViewModel
        {
            PanelId = panelId,
            Name = panel.Name,
            MemberUserIds = panel.Members.Select(m => m.UserId).ToList(),
            ChairUserId = panel.Chair?.UserId,
            Fixed = $"{LotName(o, panel.LotId)}. Scores {ScopeName(o, panel.QualityQuestionId).ToLowerInvariant()}.",
        }, o));
    }

    [HttpPost("{panelId:int}/edit")]
    [Authorize(Policies.FormPanels)]
    public async Task<IActionResult> Edit(int id, int panelId, PanelFormViewModel model, [FromServices] IValidator<PanelFormViewModel> validator)
    {
        var o = await LoadAsync(id);
        var panel = await db.EvaluationPanels.Include(p => p.Members).Include(p => p.Declarations).SingleOrDefaultAsync(p => p.Id == panelId && p.OpportunityId == id);
        if (o is null || panel is null)
        {
            return NotFound();
        }

        model.PanelId = panelId;
        model.Name = panel.Name;
        model.Fixed = $"{LotName(o, panel.LotId)}. Scores {ScopeName(o, panel.QualityQuestionId).ToLowerInvariant()}.";
        if (await ModelState.ValidateAsync(validator, model))
        {
            try
            {
                panel.ChangeMembers(await ChosenAsync(model.MemberUserIds), model.ChairUserId);
                await db.SaveChangesAsync();
                TempData["Success"] = $"Panel changed: {panel.Name}";
                return Redirect($"/procurement/opportunities/{id}/panels");
            }
            catch (DomainException ex)
            {
                ModelState.AddDomainError(ex);
            }
        }

        return View("Form", await FillAsync(model, o));
    }

    /// <summary>The people chosen, as the directory knows them; ids that are not staff or evaluators are dropped.</summary>
    private async Task<IReadOnlyList<PanelMemberChoice>> ChosenAsync(IReadOnlyCollection<string> ids) =>
        (await db.WithRolesAsync(Candidates)).Where(p => ids.Contains(p.UserId)).Select(p => new PanelMemberChoice(p.UserId, p.Name, p.IsExternal)).ToList();

    private async Task<PanelFormViewModel> FillAsync(PanelFormViewModel model, Opportunity o)
    {
        model.OpportunityId = o.Id;
        model.OpportunityTitle = o.Title;
        model.LotOptions = o.Lots.OrderBy(l => l.Number).Select(l => new SelectListItem($"Lot {l.Number}: {l.Title}", l.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        model.ScopeOptions = o.QualityQuestions.OrderBy(q => q.Number)
            .Select(q => new SelectListItem($"Only question {q.Number}: {q.Text}", q.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Prepend(new SelectListItem("Every quality and social value answer", "all")).ToList();
        model.PeopleOptions = (await db.WithRolesAsync(Candidates)).Select(p => p.Item()).ToList();
        return model;
    }

    private Task<Opportunity?> LoadAsync(int id) =>
        db.Opportunities.AsNoTracking().AsSplitQuery().Include(x => x.Lots).Include(x => x.QualityQuestions).Include(x => x.SocialValueCriteria)
            .SingleOrDefaultAsync(x => x.Id == id && x.PublishedAtUtc != null);

    private static string LotName(Opportunity o, int lotId) => o.Lots.SingleOrDefault(l => l.Id == lotId) is { } l ? $"Lot {l.Number}: {l.Title}" : "";

    private static string ScopeName(Opportunity o, int? questionId) => questionId is null
        ? "Every quality and social value answer"
        : o.QualityQuestions.SingleOrDefault(q => q.Id == questionId) is { } q ? $"Question {q.Number} only" : "";
}
