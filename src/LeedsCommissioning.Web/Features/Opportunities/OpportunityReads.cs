using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Domain.Reference;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Infrastructure.Opportunities;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Opportunities;

/// <summary>Reusable filters on opportunities (our specifications) and the one read of an opportunity's public face.</summary>
public static class OpportunityReads
{
    /// <summary>Published and still before the bid deadline: what the public list shows.</summary>
    public static IQueryable<Opportunity> OpenAt(this IQueryable<Opportunity> opportunities, DateTime nowUtc) =>
        opportunities.Where(o => o.Status == OpportunityStatus.Published && o.BidDeadlineUtc > nowUtc);

    /// <summary>Everything that has ever been published: the public may read it, open or not.</summary>
    public static IQueryable<Opportunity> EverPublished(this IQueryable<Opportunity> opportunities) =>
        opportunities.Where(o => o.PublishedAtUtc != null);

    public static IQueryable<Opportunity> WithParts(this IQueryable<Opportunity> opportunities) =>
        opportunities.Include(o => o.Lots).Include(o => o.QualityQuestions).Include(o => o.SocialValueCriteria).Include(o => o.Clarifications).Include(o => o.ApprovalSteps);

    /// <summary>The opportunity as the public page shows it (the staff overview reuses it).</summary>
    public static async Task<OpportunityDetailsViewModel?> PublicViewAsync(this CommissioningDbContext db, int id, DateTime nowUtc, bool everPublishedOnly)
    {
        var query = db.Opportunities.AsNoTracking().AsSplitQuery().WithParts().Where(o => o.Id == id);
        if (everPublishedOnly)
        {
            query = query.EverPublished();
        }

        var o = await query.SingleOrDefaultAsync();
        if (o is null)
        {
            return null;
        }

        var organisation = await db.CommissioningOrganisations.Where(c => c.Id == o.CommissioningOrganisationId).Select(c => c.Name).SingleAsync();
        var criterionIds = o.SocialValueCriteria.Select(s => s.SocialValueCriterionId).ToList();
        var criteria = await db.SocialValueCriteria.AsNoTracking().Where(c => criterionIds.Contains(c.Id)).OrderBy(c => c.Principle).ThenBy(c => c.Name)
            .Select(c => new CriterionRow(c.Id, c.Name, c.Principle, c.Unit, c.Description)).ToListAsync();
        var answers = await db.PublishedAnswersAsync(id);

        var model = new OpportunityDetailsViewModel
        {
            Id = o.Id,
            Title = o.Title,
            Description = o.Description,
            ServiceArea = o.ServiceArea.ToDisplayName(),
            Organisation = organisation,
            EstimatedValue = o.EstimatedValue,
            TermShape = o.TermShape,
            Route = o.Route.ToDisplayName(),
            Stage = o.StageAt(nowUtc),
            PublishOn = o.PublishOn,
            ClarificationDeadlineUtc = o.ClarificationDeadlineUtc,
            BidDeadlineUtc = o.BidDeadlineUtc,
            EvaluationBy = o.EvaluationBy,
            AwardBy = o.AwardBy,
            ContractStart = o.ContractStart,
            PriceWeight = o.PriceWeight,
            QualityWeight = o.QualityWeight,
            SocialValueWeight = o.SocialValueWeight,
            ConsortiaAllowed = o.ConsortiaAllowed,
            PaymentByResults = o.PaymentByResults,
            SuitableForSmallOrganisations = o.SuitableForSmallOrganisations,
            SingleLotReason = o.SingleLotReason,
            Lots = o.Lots.OrderBy(l => l.Number).Select(l => new LotRow(l.Id, l.Number, l.Title, l.Description, l.AnnualValue, l.Localities)).ToList(),
            QualityQuestions = o.QualityQuestions.OrderBy(q => q.Number).Select(q => new QualityQuestionRow(q.Id, q.Number, q.Text, q.Weight, q.WordLimit, q.Scorers, q.IsPresentation)).ToList(),
            SocialValue = criteria,
            Clarifications = o.Clarifications.OrderBy(c => c.Number).Select(c => new NoticeRow(c.Number, c.Text, c.PublishedAtUtc)).ToList(),
            Answers = answers,
            OpenForQuestions = o.IsOpenForQuestions(nowUtc),
        };
        if (o.Status == OpportunityStatus.Awarded)
        {
            model.Results = await ResultsAsync(db, o, nowUtc);
        }

        return model;
    }

    /// <summary>The answered questions of an opportunity, oldest answer first, without who asked: what every bidder may read.</summary>
    public static Task<List<PublishedAnswerRow>> PublishedAnswersAsync(this CommissioningDbContext db, int id) =>
        db.ClarificationQuestions.AsNoTracking()
            .Where(q => q.OpportunityId == id && q.Answer != null)
            .OrderBy(q => q.AnsweredAtUtc)
            .Select(q => new PublishedAnswerRow(q.Text, q.Answer!, q.AnsweredAtUtc!.Value))
            .ToListAsync();

    /// <summary>
    /// The published results of an awarded opportunity (issue 13): no price or score of anyone. Bids are counted from the
    /// opened bids (the sealed-bid reader, with no panel member's restriction), each bidder's size band and Leeds base from
    /// the providers directory, the winner from the lot's award.
    /// </summary>
    private static async Task<IReadOnlyList<LotResultRow>> ResultsAsync(CommissioningDbContext db, Opportunity o, DateTime nowUtc)
    {
        var bids = await db.OpenedForStaff(nowUtc, "").Where(b => b.OpportunityId == o.Id)
            .Select(b => new { b.LotId, b.ProviderId }).ToListAsync();
        var providerIds = bids.Select(b => b.ProviderId).Concat(o.Lots.Where(l => l.AwardedProviderId != null).Select(l => l.AwardedProviderId!.Value)).Distinct().ToList();
        var providers = await db.Providers.AsNoTracking().Where(p => providerIds.Contains(p.Id))
            .Select(p => new { p.Id, p.Name, p.SizeBand, p.IsLeedsBased, p.Type }).ToListAsync();
        var byId = providers.ToDictionary(p => p.Id, p => (p.Name, p.SizeBand, Local: new LocalCapacity(p.IsLeedsBased, null, [], p.Type)));
        return o.Lots.OrderBy(l => l.Number).Select(l =>
        {
            var ofLot = bids.Where(b => b.LotId == l.Id).Select(b => byId[b.ProviderId]).ToList();
            return new LotResultRow(l.Number, l.Title, ofLot.Count, ofLot.Count(p => Domain.Providers.SizeBands.IsSmall(p.SizeBand)),
                ofLot.Count(p => p.Local.IsLocalOrganisation), l.AwardedProviderId is { } winner ? byId[winner].Name : null);
        }).ToList();
    }
}
