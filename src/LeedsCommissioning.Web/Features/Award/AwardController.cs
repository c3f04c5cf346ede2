using FluentValidation;
using LeedsCommissioning.Domain.Awards;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Decisions;
using LeedsCommissioning.Domain.Evaluation;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Domain.Waivers;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Infrastructure.Opportunities;
using LeedsCommissioning.Web.Features.Opportunities;
using LeedsCommissioning.Web.Features.Ranking;
using LeedsCommissioning.Web.Infrastructure;
using LeedsCommissioning.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Award;

/// <summary>
/// The award of an opportunity, lot by lot (issue 13, "Award"; docs/evaluation.md "Award"): a procurement officer recommends
/// the award once the lot's ranking is complete; the decision maker approves it or sends it back (never their own); approval
/// writes the outcome letters; the officer records the UK6 contract award notice, and after the standstill creates the contract.
/// Rules live on <see cref="LotAward"/>; a move the rules refuse comes back as a message on the award page or a field error.
/// </summary>
[Route("procurement/opportunities/{id:int}/award")]
public sealed class AwardController(
    CommissioningDbContext db, TimeProvider clock, DecisionRules decisionRules, AwardRules awardRules, EvaluationRules evaluationRules) : Controller
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private DateOnly Today => clock.UkToday();

    private string Portal => $"{Request.Scheme}://{Request.Host}";

    [HttpGet("")]
    [Authorize(Policies.OpenBids)]
    public async Task<IActionResult> Index(int id, [FromServices] IAuthorizationService authorization)
    {
        var o = await LoadAsync(id);
        if (o is null)
        {
            return NotFound();
        }

        var awards = await Awards(id).ToListAsync();
        var contracts = await db.Contracts.AsNoTracking().Where(c => c.OpportunityId == id).OrderBy(c => c.Reference)
            .Select(c => new { c.Id, c.Reference, c.Title, c.LotAwardId }).ToListAsync();
        var lots = new List<LotAwardSummary>();
        foreach (var lot in o.Lots.OrderBy(l => l.Number))
        {
            var ofLot = awards.Where(a => a.LotId == lot.Id).ToList();
            var current = ofLot.FirstOrDefault(a => a.Status != AwardStatus.SentBack);
            lots.Add(new LotAwardSummary(lot.Id, lot.Number, lot.Title, await LotRankings.ForLotAsync(db, o, lot.Id, evaluationRules, Now), current,
                ofLot.Where(a => a.Status == AwardStatus.SentBack).ToList(), contracts.FirstOrDefault(c => c.LotAwardId == current?.Id)?.Reference, Today));
        }

        return View(new AwardIndexViewModel
        {
            OpportunityId = id,
            OpportunityTitle = o.Title,
            IsInEvaluation = o.Status == OpportunityStatus.InEvaluation,
            IsAwarded = o.Status == OpportunityStatus.Awarded,
            CanRecommend = (await authorization.AuthorizeAsync(User, Policies.RecommendAward)).Succeeded,
            CanDecide = (await authorization.AuthorizeAsync(User, Policies.DecideAward)).Succeeded,
            Lots = lots,
            Contracts = contracts.Select(c => new ContractLink(c.Id, c.Reference, c.Title)).ToList(),
        });
    }

    [HttpGet("lots/{lotId:int}/recommend")]
    [Authorize(Policies.RecommendAward)]
    public async Task<IActionResult> Recommend(int id, int lotId)
    {
        var model = new RecommendViewModel();
        return await FillAsync(id, lotId, model) is { } refused ? refused : View(model);
    }

    [HttpPost("lots/{lotId:int}/recommend")]
    [Authorize(Policies.RecommendAward)]
    public async Task<IActionResult> Recommend(int id, int lotId, RecommendViewModel model, [FromServices] IValidator<RecommendViewModel> validator)
    {
        if (await FillAsync(id, lotId, model) is { } refused)
        {
            return refused;
        }

        if (!await ModelState.ValidateAsync(validator, model))
        {
            return View(model);
        }

        var o = await LoadAsync(id);
        int? bidId = model.Choice == "none" ? null : int.TryParse(model.Choice, out var chosen) ? chosen : -1;
        try
        {
            var award = LotAward.Recommend(o!, lotId, model.Ranking!, bidId, model.Reason, await Awards(id).Where(a => a.LotId == lotId).ToListAsync(),
                User.UserId(), User.DisplayName(), Now, awardRules.DecisionMakerRole, decisionRules);
            db.LotAwards.Add(award);
            await db.SaveChangesAsync();
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex.Field == nameof(LotAward.BidId) ? new DomainException(ex.Message, nameof(model.Choice)) : ex);
            return View(model);
        }

        TempData["Success"] = "Award recommended";
        TempData["SuccessBody"] = $"Lot {model.LotNumber} is waiting for the decision maker.";
        return Redirect($"/procurement/opportunities/{id}/award");
    }

    [HttpGet("lots/{lotId:int}/decide")]
    [Authorize(Policies.DecideAward)]
    public async Task<IActionResult> Decide(int id, int lotId)
    {
        var model = new DecideAwardViewModel();
        if (await FillAsync(id, lotId, model) is { } refused)
        {
            return refused;
        }

        model.Version = model.Award!.Version;
        return View(model);
    }

    [HttpPost("lots/{lotId:int}/decide")]
    [Authorize(Policies.DecideAward)]
    public async Task<IActionResult> Decide(int id, int lotId, DecideAwardViewModel model, [FromServices] IValidator<DecideAwardViewModel> validator,
        [FromServices] AwardEmails emails)
    {
        if (await FillAsync(id, lotId, model) is { } refused)
        {
            return refused;
        }

        if (!await ModelState.ValidateAsync(validator, model))
        {
            return View(model);
        }

        var o = await db.Opportunities.Include(x => x.Lots).SingleAsync(x => x.Id == id);
        var award = await db.LotAwards.Include(a => a.Decision).SingleAsync(a => a.Id == model.Award!.Id);
        var others = await db.LotAwards.Where(a => a.OpportunityId == id && a.Id != award.Id).ToListAsync();
        var rationales = await RationalesAsync(id, lotId);
        var letters = new List<OutcomeLetter>();
        var approve = model.Outcome == "approve";
        var saved = await db.TrySaveFormAsync(award, model.Version, ModelState, "award recommendation", v => model.Version = v, () =>
        {
            award.Decide(new Decider(User.UserId(), User.DisplayName(), true), approve, model.Reasons!, Today, decisionRules);
            if (approve && award.IsAwarding)
            {
                letters.AddRange(OutcomeLetter.ForApprovedAward(award, model.Ranking!, o.PriceWeight, rationales, Now));
                db.OutcomeLetters.AddRange(letters);
            }

            if (approve)
            {
                o.CompleteAward([award, .. others], Now);
            }
        });
        if (!saved)
        {
            return View(model);
        }

        if (letters.Count > 0)
        {
            await emails.LettersIssuedAsync(letters, o.Title, model.LotNumber, model.LotTitle, Portal);
            await db.SaveChangesAsync();
        }

        TempData["Success"] = approve ? "Award approved" : "Recommendation sent back";
        TempData["SuccessBody"] = approve
            ? award.IsAwarding ? $"Each bidder on lot {model.LotNumber} has been sent their outcome letter." : $"Lot {model.LotNumber} will not be awarded."
            : $"The procurement officer can recommend lot {model.LotNumber} again.";
        return Redirect($"/procurement/opportunities/{id}/award");
    }

    [HttpGet("lots/{lotId:int}/contract-award-notice")]
    [Authorize(Policies.OpenBids)]
    public async Task<IActionResult> ContractAwardNotice(int id, int lotId, [FromServices] IAuthorizationService authorization)
    {
        var model = new ContractAwardNoticeViewModel { PublishedOn = TagHelpers.GovUk.DateInputModel.From(Today) };
        if (await FillAsync(id, lotId, model) is { } refused)
        {
            return refused;
        }

        model.Version = model.Award!.Version;
        model.CanRecord = model.Award.NoticePublishedOn is null && (await authorization.AuthorizeAsync(User, Policies.RecommendAward)).Succeeded;
        return View(model);
    }

    [HttpPost("lots/{lotId:int}/contract-award-notice")]
    [Authorize(Policies.RecommendAward)]
    public async Task<IActionResult> ContractAwardNotice(int id, int lotId, ContractAwardNoticeViewModel model,
        [FromServices] IValidator<ContractAwardNoticeViewModel> validator, [FromServices] AwardEmails emails)
    {
        if (await FillAsync(id, lotId, model) is { } refused)
        {
            return refused;
        }

        model.CanRecord = true;
        if (!await ModelState.ValidateAsync(validator, model))
        {
            return View(model);
        }

        var award = await db.LotAwards.Include(a => a.Decision).SingleAsync(a => a.Id == model.Award!.Id);
        if (!await db.TrySaveFormAsync(award, model.Version, ModelState, "award", v => model.Version = v,
                () => award.RecordNoticePublished(model.PublishedOn.ToDateOnly()!.Value, Today, awardRules, decisionRules.Holidays())))
        {
            if (ModelState.TryGetValue(nameof(LotAward.NoticePublishedOn), out var entry) && entry.Errors.Count > 0)
            {
                ModelState.AddModelError(nameof(model.PublishedOn), entry.Errors[0].ErrorMessage);
                ModelState.Remove(nameof(LotAward.NoticePublishedOn));
            }

            return View(model);
        }

        await emails.StandstillStartedAsync(award, model.OpportunityTitle, Portal);
        await db.SaveChangesAsync();
        TempData["Success"] = "Contract award notice recorded";
        TempData["SuccessBody"] = $"The standstill ends on {award.StandstillEndsOn:d MMMM yyyy}. The contract can be created from {award.StandstillEndsOn!.Value.AddDays(1):d MMMM yyyy}.";
        return Redirect($"/procurement/opportunities/{id}/award");
    }

    [HttpGet("lots/{lotId:int}/create-contract")]
    [Authorize(Policies.RecommendAward)]
    public async Task<IActionResult> CreateContract(int id, int lotId, [FromServices] Domain.Performance.PerformanceRules performanceRules)
    {
        var model = new CreateAwardContractViewModel();
        if (await FillAsync(id, lotId, model) is { } refused)
        {
            return refused;
        }

        var o = await db.Opportunities.AsNoTracking().SingleAsync(x => x.Id == id);
        var start = o.ContractStart is { } planned && planned > model.Award!.StandstillEndsOn ? planned : model.Award!.StandstillEndsOn!.Value.AddDays(1);
        model.StartDate = TagHelpers.GovUk.DateInputModel.From(start);
        model.Version = model.Award.Version;
        return View(WithKpis(model, o, performanceRules));
    }

    [HttpPost("lots/{lotId:int}/create-contract")]
    [Authorize(Policies.RecommendAward)]
    public async Task<IActionResult> CreateContract(int id, int lotId, CreateAwardContractViewModel model, [FromServices] IValidator<CreateAwardContractViewModel> validator,
        [FromServices] Domain.Performance.PerformanceRules performanceRules)
    {
        if (await FillAsync(id, lotId, model) is { } refused)
        {
            return refused;
        }

        var o = await db.Opportunities.AsNoTracking().AsSplitQuery().WithParts().SingleAsync(x => x.Id == id);
        WithKpis(model, o, performanceRules);
        if (!await ModelState.ValidateAsync(validator, model))
        {
            return View(model);
        }

        var award = await db.LotAwards.Include(a => a.Decision).SingleAsync(a => a.Id == model.Award!.Id);
        var bid = await db.OpenedForStaff(Now, User.UserId()).AsNoTracking().Include(b => b.Prices).Include(b => b.ConsortiumMembers).Include(b => b.Commitments)
            .SingleOrDefaultAsync(b => b.Id == award.BidId);
        if (bid is null)
        {
            return Refuse(id, "You declared a conflict of interest with the winning bid, so another procurement officer must create its contract.");
        }

        var names = bid.ConsortiumMembers.Select(m => m.Name.Trim().ToLower()).ToList();
        var providers = await db.Providers.Where(p => p.Id == award.ProviderId || names.Contains(p.Name.ToLower())).ToListAsync();
        var ids = bid.Commitments.Select(c => c.SocialValueCriterionId).ToList();
        var criteria = await db.SocialValueCriteria.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id);
        var commissioner = await db.CommissioningOrganisations.AsNoTracking().SingleAsync(c => c.Id == o.CommissioningOrganisationId);
        Domain.Contracts.Contract? contract = null;
        await using var transaction = await db.Database.BeginTransactionAsync();
        if (!await db.TrySaveFormAsync(award, model.Version, ModelState, "award", v => model.Version = v, () =>
            {
                contract = award.CreateContract(o, commissioner, bid, providers.Single(p => p.Id == award.ProviderId), providers, criteria,
                    model.StartDate.ToDateOnly()!.Value, Today);
                // Issue 15: the key performance indicators chosen at award, at least as many as the dated rule asks for.
                contract.SetKpis(model.Kpis.Select(k => new Domain.Performance.KpiLine(k.Name, k.Measure, k.Target)),
                    performanceRules.KpisFor(ProcurementBegan(o), contract.MaximumWholeLifeValue));
                db.Contracts.Add(contract);
            }))
        {
            return View(model);
        }

        award.LinkContract(contract!.Id);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        TempData["Success"] = "Contract created in the register";
        TempData["SuccessBody"] = $"Contract {contract.Reference} is awarded to {award.ProviderName}, with its social value commitments to monitor.";
        return Redirect($"/contracts/{contract.Id}");
    }

    /// <summary>When the procurement began, for the dated key performance indicator rule: the day the opportunity was published.</summary>
    private DateOnly ProcurementBegan(Opportunity o) => o.PublishedAtUtc is { } published ? UkTime.DateOf(published) : Today;

    private CreateAwardContractViewModel WithKpis(CreateAwardContractViewModel model, Opportunity o, Domain.Performance.PerformanceRules performanceRules)
    {
        model.KpiRequirement = performanceRules.KpiRequirements.Where(r => r.From <= ProcurementBegan(o)).OrderByDescending(r => r.From).FirstOrDefault();
        model.PadKpis();
        return model;
    }

    private IQueryable<LotAward> Awards(int opportunityId) =>
        db.LotAwards.AsNoTracking().Include(a => a.Decision).Where(a => a.OpportunityId == opportunityId).OrderByDescending(a => a.Id);

    private Task<Opportunity?> LoadAsync(int id) =>
        db.Opportunities.AsNoTracking().AsSplitQuery().WithParts()
            .SingleOrDefaultAsync(o => o.Id == id && (o.Status == OpportunityStatus.InEvaluation || o.Status == OpportunityStatus.Awarded));

    private RedirectResult Refuse(int id, string message)
    {
        TempData["Error"] = message;
        return Redirect($"/procurement/opportunities/{id}/award");
    }

    /// <summary>
    /// The moderation rationales of each bid of the lot, by answer, from confirmed moderations, each answer's from the panel
    /// whose agreed score counts (<see cref="EvaluationPanel.Owns"/>, as the ranking reads them).
    /// </summary>
    private async Task<IReadOnlyDictionary<int, IReadOnlyDictionary<ScoreItem, string>>> RationalesAsync(int opportunityId, int lotId)
    {
        var panels = await db.EvaluationPanels.AsNoTracking().Where(p => p.OpportunityId == opportunityId && p.LotId == lotId).ToListAsync();
        var panelIds = panels.Select(p => p.Id).ToList();
        var owned = EvaluationPanel.QuestionsWithOwnPanel(panels);
        var moderations = await db.Moderations.AsNoTracking().Include(m => m.Lines)
            .Where(m => panelIds.Contains(m.EvaluationPanelId) && m.ConfirmedAtUtc != null).ToListAsync();
        var result = new Dictionary<int, IReadOnlyDictionary<ScoreItem, string>>();
        foreach (var bid in moderations.GroupBy(m => m.BidId))
        {
            var reasons = new Dictionary<ScoreItem, string>();
            foreach (var (moderation, panel) in bid.Join(panels, m => m.EvaluationPanelId, p => p.Id, (m, p) => (m, p)).OrderBy(x => x.p.FormedAtUtc).ThenBy(x => x.p.Id))
            {
                foreach (var line in moderation.Lines.Where(l => l.Rationale is not null))
                {
                    var item = new ScoreItem(line.Kind, line.ItemId);
                    if (panel.Owns(item, owned))
                    {
                        reasons.TryAdd(item, line.Rationale!);
                    }
                }
            }

            result[bid.Key] = reasons;
        }

        return result;
    }

    /// <summary>The recommend page's lot, ranking and history; a state the rules do not allow goes back to the award page with the reason.</summary>
    private async Task<IActionResult?> FillAsync(int id, int lotId, RecommendViewModel model)
    {
        var o = await LoadAsync(id);
        var lot = o?.Lots.SingleOrDefault(l => l.Id == lotId);
        if (o is null || lot is null)
        {
            return NotFound();
        }

        var ranking = await LotRankings.ForLotAsync(db, o, lotId, evaluationRules, Now);
        var awards = await Awards(id).Where(a => a.LotId == lotId).ToListAsync();
        if (o.Status != OpportunityStatus.InEvaluation || awards.Any(a => a.Status != AwardStatus.SentBack))
        {
            return Refuse(id, $"Lot {lot.Number} already has a recommendation waiting for a decision or approved.");
        }

        if (!ranking.IsComplete)
        {
            return Refuse(id, $"Lot {lot.Number} cannot be recommended yet: every bid must be moderated first.");
        }

        (model.OpportunityId, model.OpportunityTitle, model.LotNumber, model.LotTitle, model.Ranking) = (id, o.Title, lot.Number, lot.Title, ranking);
        model.SentBack = awards;
        return null;
    }

    private async Task<IActionResult?> FillAsync(int id, int lotId, DecideAwardViewModel model)
    {
        var o = await LoadAsync(id);
        var lot = o?.Lots.SingleOrDefault(l => l.Id == lotId);
        if (o is null || lot is null)
        {
            return NotFound();
        }

        var award = await Awards(id).FirstOrDefaultAsync(a => a.LotId == lotId && a.Status == AwardStatus.AwaitingDecision);
        if (award is null)
        {
            return Refuse(id, $"Lot {lot.Number} has no recommendation waiting for a decision.");
        }

        (model.OpportunityId, model.OpportunityTitle, model.LotNumber, model.LotTitle, model.Award) = (id, o.Title, lot.Number, lot.Title, award);
        model.Ranking = await LotRankings.ForLotAsync(db, o, lotId, evaluationRules, Now);
        return null;
    }

    private async Task<IActionResult?> FillAsync(int id, int lotId, ContractAwardNoticeViewModel model)
    {
        var o = await LoadAsync(id);
        var lot = o?.Lots.SingleOrDefault(l => l.Id == lotId);
        if (o is null || lot is null)
        {
            return NotFound();
        }

        var award = await Awards(id).FirstOrDefaultAsync(a => a.LotId == lotId && a.Status == AwardStatus.Approved && a.BidId != null);
        if (award is null)
        {
            return Refuse(id, $"The contract award notice follows an approved award: lot {lot.Number} has none.");
        }

        (model.OpportunityId, model.LotId, model.OpportunityTitle, model.Award) = (id, lotId, o.Title, award);
        model.Notice = await ContractAwardNotices.PrepareAsync(db, o, lot, award, awardRules);
        return null;
    }

    private async Task<IActionResult?> FillAsync(int id, int lotId, CreateAwardContractViewModel model)
    {
        var o = await LoadAsync(id);
        var lot = o?.Lots.SingleOrDefault(l => l.Id == lotId);
        if (o is null || lot is null)
        {
            return NotFound();
        }

        var award = await Awards(id).FirstOrDefaultAsync(a => a.LotId == lotId && a.Status == AwardStatus.Approved);
        try
        {
            (award ?? throw new DomainException("Only an approved award of a bid leads to a contract")).EnsureCanCreateContract(Today);
        }
        catch (DomainException ex)
        {
            return Refuse(id, $"Lot {lot.Number}: {ex.Message}");
        }

        (model.OpportunityId, model.OpportunityTitle, model.LotNumber, model.LotTitle, model.Award) = (id, o.Title, lot.Number, lot.Title, award);
        var members = await db.OpenedForStaff(Now, User.UserId()).Where(b => b.Id == award.BidId).SelectMany(b => b.ConsortiumMembers).Select(m => m.Name).ToListAsync();
        var registered = await db.Providers.AsNoTracking().Select(p => p.Name.ToLower()).Where(n => members.Select(m => m.ToLower()).Contains(n)).ToListAsync();
        model.UnmatchedConsortiumMembers = members.Where(m => !registered.Contains(m.Trim().ToLowerInvariant())).ToList();
        return null;
    }
}
