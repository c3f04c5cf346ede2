using LeedsCommissioning.Domain.Awards;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Notices;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Award;

/// <summary>
/// The content of the UK6 contract award notice (Procurement Act 2023; domain.md section 9) prepared from the portal's
/// records for the officer to check before publishing it on the central digital platform. Only fields the portal holds
/// or asks for, under the notice's own field names; what the records do not yet hold is listed as missing.
/// </summary>
public static class ContractAwardNotices
{
    public static async Task<NoticeDraft> PrepareAsync(CommissioningDbContext db, Opportunity o, Lot lot, LotAward award, AwardRules awardRules)
    {
        var authority = await db.CommissioningOrganisations.AsNoTracking().Where(c => c.Id == o.CommissioningOrganisationId).Select(c => c.Name).SingleAsync();
        var supplier = await db.Providers.AsNoTracking().Where(p => p.Id == award.ProviderId)
            .Select(p => new { p.Name, p.CharityNumber, p.CompanyNumber }).SingleAsync();
        var criteria = o.QualityQuestions.OrderBy(q => q.Number).Select(q => $"Quality, question {q.Number}: {q.Weight}%").ToList();
        var identifier = supplier.CompanyNumber is { } company ? $"Companies House {company}"
            : supplier.CharityNumber is { } charity ? $"Charity Commission {charity}" : null;
        var endDate = o.ContractStart?.AddMonths(o.InitialTermMonths).AddDays(-1);
        var value = award.TotalPrice is { } total ? $"{Money.Text(total)} over {o.PriceYears} {(o.PriceYears == 1 ? "year" : "years")} (the winning bid's total price)" : null;
        return new NoticeDraft(NoticeKind.Uk6ContractAward, $"{o.Title}, lot {lot.Number}")
            .Section("Procurement")
            .Required("Contracting authority", authority, "Contracting authority: the opportunity has no commissioning organisation")
            .Required("Procurement reference", $"Leeds Commissioning opportunity {o.Id}", "Procurement reference")
            .Required("Procurement title", o.Title, "Procurement title")
            .Required("Procedure", o.Route.ToDisplayName(), "Procedure")
            .Required("Lot", $"Lot {lot.Number}: {lot.Title}", "Lot")
            .Required("Award criteria and weights", string.Join("; ", new[] { $"Price: {o.PriceWeight}%" }.Concat(criteria)
                .Append($"Social value: {o.SocialValueWeight}%")), "Award criteria and weights")
            .Section("Award")
            .Required("Supplier", supplier.Name, "Supplier")
            .Required("Supplier identifier", identifier, $"Supplier identifier: {supplier.Name} has no company or charity number in the providers directory")
            .Required("Contract value", value, "Contract value: the winning bid has no total price")
            .Required("Contract start date", o.ContractStart is { } start ? UkTime.Date(start) : null,
                "Contract start and end dates: the opportunity has no planned contract start date")
            .Required("Contract end date", endDate is { } end ? $"{UkTime.Date(end)}{(o.ExtensionMonths.Count > 0 ? $", with optional extensions of {string.Join(" + ", o.ExtensionMonths)} months" : "")}" : null,
                "Contract end date: the opportunity has no planned contract start date")
            .Required("Award decision date", award.Decision.OutcomeOn is { } decided ? UkTime.Date(decided) : null, "Award decision date: the award has not been decided")
            .Section("Standstill")
            .Optional("Standstill period", $"{awardRules.StandstillWorkingDays} working days")
            .Required("Standstill end date", award.StandstillEndsOn is { } ends ? UkTime.Date(ends) : null,
                "Standstill end date: record the date the notice is published, and the portal works out the end of the standstill");
    }
}
