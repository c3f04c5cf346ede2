using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Evaluation;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Infrastructure.Opportunities;
using LeedsCommissioning.Web.Features.Scoring;
using LeedsCommissioning.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Ranking;

/// <summary>
/// The ranking per lot and the evaluation report (issue 13: "Ranking per lot: weighted totals, ties shown, with the
/// full working; an evaluation report printable like the waiver report"), for those who may open bids. Both read bids
/// only through <see cref="SealedBids.OpenedForRanking"/> (via <see cref="LotRankings"/>), and agreed scores from
/// confirmed moderations only. Before the opening they lead to the opening page, like the list of bids.
/// </summary>
[Route("procurement/opportunities/{id:int}")]
[Authorize(Policies.OpenBids)]
public sealed class RankingController(CommissioningDbContext db, TimeProvider clock, EvaluationRules rules) : Controller
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    [HttpGet("ranking")]
    public async Task<IActionResult> Index(int id)
    {
        var o = await OpportunityAsync(id);
        if (o is null)
        {
            return NotFound();
        }

        if (!await db.IsOpenedAsync(id))
        {
            return Redirect($"/procurement/opportunities/{id}/opening");
        }

        return View(await RankingAsync(o));
    }

    /// <summary>
    /// The ranking as the page shows it, lot by lot and best first, with the same scores to 2 places; nothing before the
    /// opening is recorded (404, where the page leads to the opening).
    /// </summary>
    [HttpGet("ranking/export.csv")]
    public async Task<IActionResult> ExportCsv(int id) =>
        await OpportunityAsync(id) is { } o && await db.IsOpenedAsync(id) ? RankedBidExportRow.Export.Csv(RankedBidExportRow.Of(await RankingAsync(o)), clock.UkToday()) : NotFound();

    [HttpGet("ranking/export.xlsx")]
    public async Task<IActionResult> ExportXlsx(int id) =>
        await OpportunityAsync(id) is { } o && await db.IsOpenedAsync(id) ? RankedBidExportRow.Export.Xlsx(RankedBidExportRow.Of(await RankingAsync(o)), clock.UkToday()) : NotFound();

    private async Task<RankingViewModel> RankingAsync(Opportunity o)
    {
        var lots = new List<LotRankingView>();
        foreach (var lot in o.Lots.OrderBy(l => l.Number))
        {
            lots.Add(new LotRankingView(lot.Id, $"Lot {lot.Number}: {lot.Title}", await LotRankings.ForLotAsync(db, o, lot.Id, rules, Now, HttpContext.RequestAborted)));
        }

        return new RankingViewModel
        {
            OpportunityId = o.Id,
            OpportunityTitle = o.Title,
            PriceWeight = o.PriceWeight,
            QualityWeight = o.QualityWeight,
            SocialValueWeight = o.SocialValueWeight,
            AbnormallyLowPercent = rules.AbnormallyLowPercentBelowMean,
            Lots = lots,
        };
    }

    [HttpGet("evaluation-report")]
    public async Task<IActionResult> Report(int id)
    {
        var ct = HttpContext.RequestAborted;
        var o = await OpportunityAsync(id);
        if (o is null)
        {
            return NotFound();
        }

        var opening = await db.BidOpenings.AsNoTracking().Include(x => x.Entries).SingleOrDefaultAsync(x => x.OpportunityId == id, ct);
        if (opening is null)
        {
            return Redirect($"/procurement/opportunities/{id}/opening");
        }

        var criteria = await db.SocialValueCriteria.AsNoTracking().ToDictionaryAsync(c => c.Id, ct);
        var panels = await db.EvaluationPanels.AsNoTracking().AsSplitQuery().Include(p => p.Members).Include(p => p.Declarations)
            .Where(p => p.OpportunityId == id).OrderBy(p => p.FormedAtUtc).ThenBy(p => p.Id).ToListAsync(ct);
        var panelIds = panels.Select(p => p.Id).ToList();
        var sheets = await db.ScoreSheets.AsNoTracking().Include(s => s.Lines)
            .Where(s => panelIds.Contains(s.EvaluationPanelId) && s.SubmittedAtUtc != null).OrderBy(s => s.SubmittedAtUtc).ToListAsync(ct);
        var moderations = await db.Moderations.AsNoTracking().Include(m => m.Lines)
            .Where(m => panelIds.Contains(m.EvaluationPanelId) && m.ConfirmedAtUtc != null).ToListAsync(ct);
        var commitments = (await db.OpenedForRanking(Now).Include(b => b.Commitments).Where(b => b.OpportunityId == id).ToListAsync(ct))
            .SelectMany(b => b.Commitments.Select(c => new { b.Id, c.SocialValueCriterionId, c.Quantity })).ToList();
        var providers = opening.Entries.ToDictionary(e => e.BidId, e => e.ProviderName);
        var lots = new List<ReportLot>();
        foreach (var lot in o.Lots.OrderBy(l => l.Number))
        {
            var ranking = await LotRankings.ForLotAsync(db, o, lot.Id, rules, Now, ct);
            var lotPanels = panels.Where(p => p.LotId == lot.Id).ToList();
            var owned = EvaluationPanel.QuestionsWithOwnPanel(lotPanels);
            lots.Add(new ReportLot(lot.Id, $"Lot {lot.Number}: {lot.Title}", ranking, ranking.Rows.Select(row => new ReportBid(row, row.Items.Select(item =>
            {
                var owners = lotPanels.Where(p => p.Owns(item.Item, owned)).Select(p => p.Id).ToList();
                var moderation = moderations.Where(m => m.BidId == row.BidId && owners.Contains(m.EvaluationPanelId))
                    .OrderBy(m => owners.IndexOf(m.EvaluationPanelId)).FirstOrDefault(m => m.AgreedScoreFor(item.Item) is not null);
                var line = moderation?.Lines.Single(l => l.Kind == item.Item.Kind && l.ItemId == item.Item.ItemId);
                var commitment = item.Item.Kind == ScoreItemKind.SocialValue
                    ? Quantity.Text(commitments.SingleOrDefault(c => c.Id == row.BidId && c.SocialValueCriterionId == item.Item.ItemId)?.Quantity, criteria[item.Item.ItemId].Unit)
                    : null;
                var scores = MemberScore.For(sheets.Where(s => s.BidId == row.BidId && owners.Contains(s.EvaluationPanelId)), item.Item);
                return new ReportItem(item, commitment, scores, line?.Rationale, moderation?.ModeratedByName);
            }).ToList())).ToList()));
        }

        var share = o.SocialValueCriteria.Count == 0 ? 0m : (decimal)o.SocialValueWeight / o.SocialValueCriteria.Count;
        return View(new EvaluationReportViewModel
        {
            OpportunityId = id,
            OpportunityTitle = o.Title,
            Date = clock.UkToday(),
            PublishedAtUtc = o.PublishedAtUtc,
            BidDeadlineUtc = opening.BidDeadlineUtc,
            PriceWeight = o.PriceWeight,
            QualityWeight = o.QualityWeight,
            SocialValueWeight = o.SocialValueWeight,
            PriceFormula = rules.PriceFormula switch
            {
                PriceFormula.LowestPriceRatio => $"Price score = {o.PriceWeight} x the lowest total price in the lot / the bid's total price",
                PriceFormula.DifferenceFromLowest => $"Price score = {o.PriceWeight} x (1 - (the bid's total price - the lowest total price in the lot) / the lowest total price), never below 0",
                _ => rules.PriceFormula.ToString(),
            },
            AbnormallyLowPercent = rules.AbnormallyLowPercentBelowMean,
            Questions = o.QualityQuestions.OrderBy(q => q.Number)
                .Select(q => new ReportQuestion(q.Number, q.Text, q.IsPresentation ? "Presentation or interview" : $"Written answer, up to {q.WordLimit:N0} words", q.Weight, q.Scorers)).ToList(),
            Criteria = o.SocialValueCriteria.OrderBy(s => s.SocialValueCriterionId)
                .Select(s => new ReportCriterion(criteria[s.SocialValueCriterionId].Name, criteria[s.SocialValueCriterionId].Unit, share)).ToList(),
            OpenedAtUtc = opening.OpenedAtUtc,
            OpenedBy = opening.OpenedByName,
            Witness = opening.WitnessName,
            OpenedBids = opening.Entries.OrderBy(e => o.Lots.Single(l => l.Id == e.LotId).Number).ThenBy(e => e.SubmittedAtUtc)
                .Select(e => new ReportOpenedBid($"Lot {o.Lots.Single(l => l.Id == e.LotId).Number}", e.ProviderName, e.SubmittedAtUtc, e.ReceiptReference)).ToList(),
            Panels = panels.Select(p => new ReportPanel(p.Name, $"Lot {o.Lots.Single(l => l.Id == p.LotId).Number}",
                p.QualityQuestionId is { } q ? $"Question {o.QualityQuestions.Single(x => x.Id == q).Number} only" : "Every quality and social value answer not scored by its own panel",
                p.FormedByName, p.FormedAtUtc,
                p.Members.OrderByDescending(m => m.IsChair).ThenBy(m => m.Name, StringComparer.Ordinal).Select(m => new ReportPanelMember(m.Name, m.IsChair, m.IsExternal,
                    p.Declarations.Where(d => d.UserId == m.UserId).Select(d => (DateTime?)d.DeclaredAtUtc).Min(),
                    p.Declarations.Where(d => d.UserId == m.UserId && d.HasConflict)
                        .Select(d => $"{providers.GetValueOrDefault(d.BidId, "")}: {d.Details} (stood aside for this bid)").ToList())).ToList())).ToList(),
            Lots = lots,
        });
    }

    /// <summary>
    /// The opportunity with its evaluation model, once published and past its bid deadline; otherwise null (404). Null
    /// too for a reader who declared a conflict of interest with any of its bidders on a panel: the ranking and report
    /// show every bid, and a declared conflict removes them from that bid (as the bid pages do).
    /// </summary>
    private async Task<Opportunity?> OpportunityAsync(int id)
    {
        var me = User.UserId();
        if (await db.EvaluationPanels.AnyAsync(p => p.OpportunityId == id && p.Declarations.Any(d => d.UserId == me && d.HasConflict)))
        {
            return null;
        }

        var o = await db.Opportunities.AsNoTracking().AsSplitQuery().Include(x => x.Lots).Include(x => x.QualityQuestions).Include(x => x.SocialValueCriteria)
            .SingleOrDefaultAsync(x => x.Id == id);
        return o is null || o.PublishedAtUtc is null || !o.IsPastBidDeadline(Now) ? null : o;
    }
}
