using System.Globalization;
using FluentValidation;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Web.Features.Opportunities;
using LeedsCommissioning.Web.Infrastructure;
using LeedsCommissioning.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Evaluation;

/// <summary>The evaluation model, declared before publication (domain.md section 3, MEAT; section 6, Social Value Charter).</summary>
[Route("procurement/opportunities/{id:int}/evaluation")]
[Authorize(Policies.ManageOpportunities)]
public sealed class EvaluationController(CommissioningDbContext db) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int id)
    {
        var o = await db.Opportunities.AsNoTracking().AsSplitQuery().Include(x => x.QualityQuestions).Include(x => x.SocialValueCriteria).SingleOrDefaultAsync(x => x.Id == id);
        if (o is null)
        {
            return NotFound();
        }

        return View(await Fill(new EvaluationViewModel
        {
            Version = o.Version,
            PriceWeight = o.PriceWeight.ToString(CultureInfo.InvariantCulture),
            QualityWeight = o.QualityWeight.ToString(CultureInfo.InvariantCulture),
            SocialValueWeight = o.SocialValueWeight.ToString(CultureInfo.InvariantCulture),
            CriterionIds = o.SocialValueCriteria.Select(c => c.SocialValueCriterionId.ToString(CultureInfo.InvariantCulture)).ToList(),
        }, o));
    }

    [HttpPost("")]
    public async Task<IActionResult> Index(int id, EvaluationViewModel model, [FromServices] IValidator<EvaluationViewModel> validator)
    {
        var o = await db.Opportunities.AsSplitQuery().Include(x => x.QualityQuestions).Include(x => x.SocialValueCriteria).SingleOrDefaultAsync(x => x.Id == id);
        if (o is null)
        {
            return NotFound();
        }

        var known = await db.SocialValueCriteria.Select(c => c.Id).ToListAsync();
        if (!await OpportunityEdits.ValidateAndSaveAsync(db, o, model, validator, () =>
            {
                o.SetWeights(NumberText.WholeNumber(model.PriceWeight)!.Value, NumberText.WholeNumber(model.QualityWeight)!.Value, NumberText.WholeNumber(model.SocialValueWeight)!.Value);
                o.ChooseSocialValueCriteria(model.CriterionIds.Select(NumberText.WholeNumber).OfType<int>().Where(known.Contains));
            }, ModelState))
        {
            return View(await Fill(model, await db.Opportunities.AsNoTracking().AsSplitQuery().Include(x => x.QualityQuestions).SingleAsync(x => x.Id == id)));
        }

        TempData["Success"] = "Evaluation model saved";
        return Redirect($"/procurement/opportunities/{id}/evaluation");
    }

    [HttpGet("questions/new")]
    public async Task<IActionResult> NewQuestion(int id)
    {
        var o = await db.Opportunities.Where(o => o.Id == id).Select(o => new { o.Title, o.Version }).SingleOrDefaultAsync();
        return o is null ? NotFound() : View("QuestionForm", new QualityQuestionFormViewModel { OpportunityId = id, OpportunityTitle = o.Title, Version = o.Version });
    }

    [HttpPost("questions/new")]
    public Task<IActionResult> NewQuestion(int id, QualityQuestionFormViewModel model, [FromServices] IValidator<QualityQuestionFormViewModel> validator) =>
        SaveQuestion(id, null, model, validator, (o, m) => o.AddQualityQuestion(m.Text!, NumberText.WholeNumber(m.Weight)!.Value, m.IsPresentation ? 0 : NumberText.WholeNumber(m.WordLimit)!.Value, m.Scorers, m.ChosenKind));

    [HttpGet("questions/{questionId:int}/edit")]
    public async Task<IActionResult> EditQuestion(int id, int questionId)
    {
        var o = await db.Opportunities.AsNoTracking().Include(x => x.QualityQuestions).SingleOrDefaultAsync(x => x.Id == id);
        var q = o?.QualityQuestions.SingleOrDefault(x => x.Id == questionId);
        return q is null ? NotFound() : View("QuestionForm", new QualityQuestionFormViewModel
        {
            OpportunityId = id,
            QuestionId = questionId,
            Version = o!.Version,
            OpportunityTitle = o.Title,
            Text = q.Text,
            Weight = q.Weight.ToString(CultureInfo.InvariantCulture),
            Kind = q.Kind.ToString(),
            WordLimit = q.IsPresentation ? "500" : q.WordLimit.ToString(CultureInfo.InvariantCulture),
            Scorers = q.Scorers,
        });
    }

    [HttpPost("questions/{questionId:int}/edit")]
    public Task<IActionResult> EditQuestion(int id, int questionId, QualityQuestionFormViewModel model, [FromServices] IValidator<QualityQuestionFormViewModel> validator) =>
        SaveQuestion(id, questionId, model, validator, (o, m) => o.UpdateQualityQuestion(questionId, m.Text!, NumberText.WholeNumber(m.Weight)!.Value, m.IsPresentation ? 0 : NumberText.WholeNumber(m.WordLimit)!.Value, m.Scorers, m.ChosenKind));

    [HttpPost("questions/{questionId:int}/delete")]
    public async Task<IActionResult> DeleteQuestion(int id, int questionId)
    {
        // A question of another opportunity under this one is no question of it: 404, as the edit form answers.
        var opportunity = await db.Opportunities.Include(x => x.QualityQuestions).SingleOrDefaultAsync(x => x.Id == id);
        if (opportunity is null || opportunity.QualityQuestions.All(q => q.Id != questionId))
        {
            return NotFound();
        }

        return await OpportunityEdits.ActAsync(this, db, opportunity, o => o.RemoveQualityQuestion(questionId), "Question removed", $"/procurement/opportunities/{id}/evaluation");
    }

    private async Task<IActionResult> SaveQuestion(int id, int? questionId, QualityQuestionFormViewModel model, IValidator<QualityQuestionFormViewModel> validator, Action<Opportunity, QualityQuestionFormViewModel> change)
    {
        var o = await db.Opportunities.Include(x => x.QualityQuestions).SingleOrDefaultAsync(x => x.Id == id);
        if (o is null || (questionId is not null && o.QualityQuestions.All(q => q.Id != questionId)))
        {
            return NotFound();
        }

        model.OpportunityId = id;
        model.QuestionId = questionId;
        model.OpportunityTitle = o.Title;
        if (!await OpportunityEdits.ValidateAndSaveAsync(db, o, model, validator, () => change(o, model), ModelState))
        {
            return View("QuestionForm", model);
        }

        TempData["Success"] = "Quality question saved";
        return Redirect($"/procurement/opportunities/{id}/evaluation");
    }

    private async Task<EvaluationViewModel> Fill(EvaluationViewModel model, Opportunity o)
    {
        model.OpportunityId = o.Id;
        model.OpportunityTitle = o.Title;
        model.Editable = o.IsEditable;
        model.Questions = o.QualityQuestions.OrderBy(q => q.Number).Select(q => new QualityQuestionRow(q.Id, q.Number, q.Text, q.Weight, q.WordLimit, q.Scorers, q.IsPresentation)).ToList();
        var criteria = await db.SocialValueCriteria.AsNoTracking().OrderBy(c => c.Principle).ThenBy(c => c.Name).ToListAsync();
        model.CriterionOptions = criteria.Select(c => new SelectListItem($"{c.Name} ({c.Unit}). Charter: {c.Principle.ToDisplayName()}", c.Id.ToString(CultureInfo.InvariantCulture))).ToList();
        return model;
    }
}
