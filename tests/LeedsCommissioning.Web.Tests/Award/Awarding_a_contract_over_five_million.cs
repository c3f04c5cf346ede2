using System.Net;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Award;

/// <summary>
/// Issue 15 and domain.md section 9 ("UK7 contract details ... three key performance indicators when over £5m"): creating the
/// contract at the end of the award flow asks for at least three indicators when the contract is worth more than £5m and its
/// procurement began under the Procurement Act 2023; fewer are refused with the GOV.UK error summary, keeping what was typed.
/// </summary>
public sealed class Awarding_a_contract_over_five_million(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task fewer_than_three_indicators_are_refused_and_three_are_accepted()
    {
        var (id, lot, _) = await Awards.ApprovedAsync(factory);
        var award = $"/procurement/opportunities/{id}/award";
        var notice = $"{award}/lots/{lot}/contract-award-notice";
        var create = $"{award}/lots/{lot}/create-contract";
        // The winning bid's prices ten times over (£8,975,000 in all rather than £897,500), so the contract is worth more
        // than £5m; the rest of the award is as decided.
        await factory.WithDbAsync(async db =>
        {
            var winner = await db.LotAwards.Where(a => a.OpportunityId == id).Select(a => a.BidId).SingleAsync();
            var bid = await db.Set<LeedsCommissioning.Domain.Opportunities.Bid>().Include(b => b.Prices).SingleAsync(b => b.Id == winner);
            foreach (var price in bid.Prices)
            {
                db.Entry(price).Property(p => p.Amount).CurrentValue = price.Amount * 10;
            }

            return await db.SaveChangesAsync();
        });
        factory.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 4, 10, 0, 0, TimeSpan.Zero));
        var officer = await PortalClient.SignedInAsync(factory, "procurement@example.org");
        var recorded = await officer.PostFormAsync(notice, notice, new() { ["PublishedOn.Day"] = "4", ["PublishedOn.Month"] = "12", ["PublishedOn.Year"] = "2026" });
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        factory.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 17, 10, 0, 0, TimeSpan.Zero));
        officer = await PortalClient.SignedInAsync(factory, "procurement@example.org");

        var two = await PortalClient.ParseAsync(await officer.PostFormAsync(create, create, new()
        {
            ["StartDate.Day"] = "1", ["StartDate.Month"] = "4", ["StartDate.Year"] = "2027",
            ["Kpis[0].Name"] = "Detained people seen within two hours", ["Kpis[0].Measure"] = "Share of police requests met within two hours", ["Kpis[0].Target"] = "95%",
            ["Kpis[1].Name"] = "Appropriate adults trained", ["Kpis[1].Measure"] = "Volunteers completing the national training", ["Kpis[1].Target"] = "40 a year",
        }));

        Assert.Equal(["Enter at least 3 key performance indicators: a contract worth more than £5,000,000 needs them (Procurement Act 2023)"], two.ErrorSummary());
        Assert.Equal("Detained people seen within two hours", two.QuerySelector("input[name='Kpis[0].Name']")!.GetAttribute("value"));
        Assert.Equal("40 a year", two.QuerySelector("input[name='Kpis[1].Target']")!.GetAttribute("value"));
        Assert.Equal("1", two.QuerySelector("input[name='StartDate.Day']")!.GetAttribute("value"));
        Assert.False(await factory.WithDbAsync(db => db.Contracts.AnyAsync(c => c.OpportunityId == id)));

        var three = await officer.PostFormAsync(create, create, new()
        {
            ["StartDate.Day"] = "1", ["StartDate.Month"] = "4", ["StartDate.Year"] = "2027",
            ["Kpis[0].Name"] = "Detained people seen within two hours", ["Kpis[0].Measure"] = "Share of police requests met within two hours", ["Kpis[0].Target"] = "95%",
            ["Kpis[1].Name"] = "Appropriate adults trained", ["Kpis[1].Measure"] = "Volunteers completing the national training", ["Kpis[1].Target"] = "40 a year",
            ["Kpis[2].Name"] = "Young people's feedback acted on", ["Kpis[2].Measure"] = "Share of feedback points answered by the steering group", ["Kpis[2].Target"] = "100%",
        });

        Assert.Equal(HttpStatusCode.Redirect, three.StatusCode);
        var contract = await factory.WithDbAsync(db => db.Contracts.Where(c => c.OpportunityId == id)
            .Select(c => new { c.MaximumWholeLifeValue, Kpis = c.Kpis.OrderBy(k => k.Id).Select(k => k.Name).ToList() }).SingleAsync());
        Assert.True(contract.MaximumWholeLifeValue > 5_000_000m, $"The contract is worth {contract.MaximumWholeLifeValue}");
        Assert.Equal(["Detained people seen within two hours", "Appropriate adults trained", "Young people's feedback acted on"], contract.Kpis);
    }
}
