using LeedsCommissioning.Domain.Awards;
using LeedsCommissioning.Domain.Common;
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
    public sealed record Notice(IReadOnlyList<(string Field, string? Value)> Fields, IReadOnlyList<string> Missing);

    public static async Task<Notice> PrepareAsync(CommissioningDbContext db, Opportunity o, Lot lot, LotAward award, AwardRules awardRules)
    {
        var authority = await db.CommissioningOrganisations.AsNoTracking().Where(c => c.Id == o.CommissioningOrganisationId).Select(c => c.Name).SingleAsync();
        var supplier = await db.Providers.AsNoTracking().Where(p => p.Id == award.ProviderId)
            .Select(p => new { p.Name, p.CharityNumber, p.CompanyNumber }).SingleAsync();
        var criteria = o.QualityQuestions.OrderBy(q => q.Number).Select(q => $"Quality, question {q.Number}: {q.Weight}%").ToList();
        var identifier = supplier.CompanyNumber is { } company ? $"Companies House {company}"
            : supplier.CharityNumber is { } charity ? $"Charity Commission {charity}" : null;
        var endDate = o.ContractStart?.AddMonths(o.InitialTermMonths).AddDays(-1);
        var fields = new List<(string Field, string? Value)>
        {
            ("Contracting authority", authority),
            ("Procurement reference", $"Leeds Commissioning opportunity {o.Id}"),
            ("Procurement title", o.Title),
            ("Procedure", o.Route.ToDisplayName()),
            ("Lot", $"Lot {lot.Number}: {lot.Title}"),
            ("Supplier", supplier.Name),
            ("Supplier identifier", identifier),
            ("Contract value", award.TotalPrice is { } total ? $"{Money.Text(total)} over {o.PriceYears} {(o.PriceYears == 1 ? "year" : "years")} (the winning bid's total price)" : null),
            ("Contract start date", o.ContractStart is { } start ? UkTime.Date(start) : null),
            ("Contract end date", endDate is { } end ? $"{UkTime.Date(end)}{(o.ExtensionMonths.Count > 0 ? $", with optional extensions of {string.Join(" + ", o.ExtensionMonths)} months" : "")}" : null),
            ("Award decision date", award.Decision.OutcomeOn is { } decided ? UkTime.Date(decided) : null),
            ("Standstill period", $"{awardRules.StandstillWorkingDays} working days"
                + (award.StandstillEndsOn is { } ends ? $", ending on {UkTime.Date(ends)}" : "")),
            ("Award criteria and weights", string.Join("; ", new[] { $"Price: {o.PriceWeight}%" }.Concat(criteria)
                .Append($"Social value: {o.SocialValueWeight}%"))),
        };
        var missing = new List<string>();
        if (identifier is null)
        {
            missing.Add($"Supplier identifier: {supplier.Name} has no company or charity number in the providers directory");
        }

        if (o.ContractStart is null)
        {
            missing.Add("Contract start and end dates: the opportunity has no planned contract start date");
        }

        if (award.NoticePublishedOn is null)
        {
            missing.Add("Standstill end date: record the date the notice is published, and the portal works out the end of the standstill");
        }

        return new Notice(fields, missing);
    }
}
