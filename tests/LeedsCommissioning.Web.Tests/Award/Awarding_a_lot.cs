using System.Net;
using LeedsCommissioning.Domain.Awards;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Domain.Security;
using LeedsCommissioning.Infrastructure.Identity;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeedsCommissioning.Web.Tests.Award;

/// <summary>
/// The award of the demo opportunity in evaluation, once moderated (<see cref="Awards.ModeratedAsync"/>), from the
/// recommendation to the contract, on one database: the steps run in order within each test.
/// </summary>
public sealed class Awarding_a_lot(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static string Award(int id) => $"/procurement/opportunities/{id}/award";

    [Fact]
    public async Task the_recommendation_is_checked_then_sent_and_nobody_decides_their_own()
    {
        var (id, lot, bids) = await Awards.ModeratedAsync(factory);
        var both = await TestUsers.CreateAsync(factory, Roles.ProcurementOfficer);
        using (var scope = factory.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            await users.AddToRoleAsync(await users.FindByIdAsync(both.Id) ?? throw new InvalidOperationException(), Roles.DecisionMaker);
        }

        var officer = await PortalClient.SignedInAsync(factory, both.Email!);
        var recommend = $"{Award(id)}/lots/{lot}/recommend";

        var nothing = await PortalClient.ParseAsync(await officer.PostFormAsync(recommend, recommend, []));
        var second = await PortalClient.ParseAsync(await officer.PostFormAsync(recommend, recommend, new() { ["Choice"] = bids[Awards.Small].ToString(System.Globalization.CultureInfo.InvariantCulture) }));
        var sent = await officer.PostFormAsync(recommend, recommend, new() { ["Choice"] = bids[Awards.Lead].ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var page = await officer.GetDocumentAsync(Award(id));
        var decide = $"{Award(id)}/lots/{lot}/decide";
        var own = await PortalClient.ParseAsync(await officer.PostFormAsync(decide, decide, new() { ["Outcome"] = "approve", ["Reasons"] = "Highest score." }));

        Assert.Equal(["Select the bid you recommend, or not to award the lot"], nothing.ErrorSummary());
        Assert.StartsWith("Error:", nothing.Title, StringComparison.Ordinal);
        Assert.Equal(["Enter why you recommend a bid that is not ranked first"], second.ErrorSummary());
        Assert.Equal("checked", second.QuerySelector($"input[name=Choice][value='{bids[Awards.Small]}']")!.GetAttribute("checked"));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal(Award(id), sent.Headers.Location!.OriginalString);
        Assert.Contains("Awaiting decision", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains($"Award to {Awards.Lead} (ranked 1)", page.Body.TextContent, StringComparison.Ordinal);
        Assert.Contains("Key decision", page.Body.TextContent, StringComparison.Ordinal);
        Assert.Equal(["You cannot decide an award you recommended: another decision maker must decide it"], own.ErrorSummary());
        Assert.Equal(AwardStatus.AwaitingDecision, await factory.WithDbAsync(db => db.LotAwards.Where(a => a.OpportunityId == id).Select(a => a.Status).SingleAsync()));

        // The director decides, then the letters, notice, standstill and contract follow.
        var director = await PortalClient.SignedInAsync(factory, "director@example.org");
        var noReasons = await PortalClient.ParseAsync(await director.PostFormAsync(decide, decide, new() { ["Outcome"] = "approve" }));
        var approved = await director.PostFormAsync(decide, decide, new() { ["Outcome"] = "approve", ["Reasons"] = "The highest scoring bid, within budget." });

        Assert.Equal(["Enter the reasons for your decision"], noReasons.ErrorSummary());
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        var state = await factory.WithDbAsync(async db => new
        {
            Status = await db.Opportunities.Where(o => o.Id == id).Select(o => o.Status).SingleAsync(),
            Letters = await db.OutcomeLetters.Where(l => l.OpportunityId == id).Select(l => new { l.IsSuccessful, l.WinnerName }).ToListAsync(),
            Mail = await db.EmailMessages.Where(m => m.Subject.StartsWith("Outcome of your bid: West Yorkshire")).Select(m => m.To).ToListAsync(),
        });
        Assert.Equal(OpportunityStatus.Awarded, state.Status);
        Assert.Equal(2, state.Letters.Count);
        Assert.All(state.Letters, l => Assert.Equal(Awards.Lead, l.WinnerName));
        Assert.Contains("provider@example.org", state.Mail);
        Assert.Contains("small.provider@example.org", state.Mail);

        await the_standstill_comes_before_the_contract(id, lot);
        await each_bidder_reads_only_their_own_letter_and_no_other_price(id, bids);
        await the_public_page_publishes_the_results_without_prices(id);
    }

    private async Task the_standstill_comes_before_the_contract(int id, int lot)
    {
        var officer = await PortalClient.SignedInAsync(factory, "procurement@example.org");
        var notice = $"{Award(id)}/lots/{lot}/contract-award-notice";
        var create = $"{Award(id)}/lots/{lot}/create-contract";

        var content = await officer.GetDocumentAsync(notice);
        var future = await PortalClient.ParseAsync(await officer.PostFormAsync(notice, notice, new() { ["PublishedOn.Day"] = "27", ["PublishedOn.Month"] = "11", ["PublishedOn.Year"] = "2026" }));
        var inCallIn = await PortalClient.ParseAsync(await officer.PostFormAsync(notice, notice, new() { ["PublishedOn.Day"] = "26", ["PublishedOn.Month"] = "11", ["PublishedOn.Year"] = "2026" }));

        Assert.Contains("Contracting authority", content.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Price: 40%; Quality, question 1: 30%; Quality, question 2: 20%; Social value: 10%", content.Body.TextContent, StringComparison.Ordinal);
        Assert.Contains("Standstill end date: record the date the notice is published", content.Body.TextContent, StringComparison.Ordinal);
        Assert.Equal(["The date the notice was published must be today or in the past"], future.ErrorSummary());
        Assert.Equal("27", future.QuerySelector("input[name='PublishedOn.Day']")!.GetAttribute("value"));
        // A key decision (£897,500): decided on Thursday 26 November, open for call-in until Thursday 3 December.
        Assert.Equal(["The award is a key decision open for call-in until 3 December 2026: publish the notice after the call-in period ends"], inCallIn.ErrorSummary());

        // The clock moves on (for the rest of this class's tests too: the fake clock never goes back); sign-ins expire.
        factory.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 4, 10, 0, 0, TimeSpan.Zero));
        officer = await PortalClient.SignedInAsync(factory, "procurement@example.org");
        var recorded = await officer.PostFormAsync(notice, notice, new() { ["PublishedOn.Day"] = "4", ["PublishedOn.Month"] = "12", ["PublishedOn.Year"] = "2026" });
        var tooEarly = await officer.Http.GetAsync(create);
        var award = await officer.GetDocumentAsync(Award(id));

        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        // Friday 4 December 2026 + 8 working days = Wednesday 16 December 2026.
        Assert.Contains("The standstill ends on 16 December 2026", award.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, tooEarly.StatusCode);
        Assert.Equal(Award(id), tooEarly.Headers.Location!.OriginalString);

        factory.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 17, 10, 0, 0, TimeSpan.Zero));
        officer = await PortalClient.SignedInAsync(factory, "procurement@example.org");
        var badDate = await PortalClient.ParseAsync(await officer.PostFormAsync(create, create, new() { ["StartDate.Day"] = "16", ["StartDate.Month"] = "12", ["StartDate.Year"] = "2026" }));
        // Issue 15: a key performance indicator row that is started must be complete; blank rows are skipped.
        var halfKpi = await PortalClient.ParseAsync(await officer.PostFormAsync(create, create, new()
        {
            ["StartDate.Day"] = "1", ["StartDate.Month"] = "4", ["StartDate.Year"] = "2027", ["Kpis[0].Name"] = "Detained people seen within two hours",
        }));
        var created = await officer.PostFormAsync(create, create, new()
        {
            ["StartDate.Day"] = "1", ["StartDate.Month"] = "4", ["StartDate.Year"] = "2027",
            ["Kpis[0].Name"] = "Detained people seen within two hours", ["Kpis[0].Measure"] = "Share of police requests met within two hours", ["Kpis[0].Target"] = "95%",
            ["Kpis[1].Name"] = "", ["Kpis[1].Measure"] = "", ["Kpis[1].Target"] = "",
            ["Kpis[2].Name"] = "Appropriate adults trained", ["Kpis[2].Measure"] = "Volunteers completing the national training", ["Kpis[2].Target"] = "40 a year",
        });

        Assert.Equal(["The contract must start after the standstill ends on 16 December 2026"], badDate.ErrorSummary());
        Assert.Equal(["Enter how the key performance indicator is measured", "Enter the key performance indicator's target"], halfKpi.ErrorSummary());
        Assert.Equal("Detained people seen within two hours", halfKpi.QuerySelector("input[name='Kpis[0].Name']")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var contractPage = await officer.GetDocumentAsync(created.Headers.Location!.OriginalString);
        Assert.Contains("Social value commitments to monitor", contractPage.Body!.TextContent, StringComparison.Ordinal);
        var contract = await factory.WithDbAsync(db => db.Contracts.AsNoTracking().Include(c => c.Commitments).Include(c => c.Providers).ThenInclude(p => p.Provider)
            .SingleAsync(c => c.OpportunityId == id));
        Assert.Equal((ContractStatus.Awarded, 179_500m), (contract.Status, contract.AnnualValue));
        Assert.Equal([(Awards.Lead, ProviderRole.Lead)], contract.Providers.Select(p => (p.Provider.Name, p.Role)));
        Assert.Equal(2, contract.Commitments.Count);
        Assert.Equal((new DateOnly(2027, 4, 1), new DateOnly(2030, 3, 31)), (contract.StartDate, contract.InitialEndDate));
        var kpis = await factory.WithDbAsync(db => db.KeyPerformanceIndicators.Where(k => k.ContractId == contract.Id).OrderBy(k => k.Id).Select(k => k.Name).ToListAsync());
        Assert.Equal(["Detained people seen within two hours", "Appropriate adults trained"], kpis);
    }

    private async Task each_bidder_reads_only_their_own_letter_and_no_other_price(int id, IReadOnlyDictionary<string, int> bids)
    {
        var letters = await factory.WithDbAsync(db => db.OutcomeLetters.Where(l => l.OpportunityId == id).ToDictionaryAsync(l => l.BidId, l => l.Id));
        var lead = await PortalClient.SignedInAsync(factory, "provider@example.org");
        var small = await PortalClient.SignedInAsync(factory, "small.provider@example.org");

        var unsuccessful = await small.GetDocumentAsync($"/outcome-letters/{letters[bids[Awards.Small]]}");
        var successful = await lead.GetDocumentAsync($"/outcome-letters/{letters[bids[Awards.Lead]]}");
        var list = await small.GetDocumentAsync("/outcome-letters");

        Assert.Equal(HttpStatusCode.NotFound, (await small.Http.GetAsync($"/outcome-letters/{letters[bids[Awards.Lead]]}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await lead.Http.GetAsync($"/outcome-letters/{letters[bids[Awards.Small]]}")).StatusCode);
        var listed = list.QuerySelectorAll("ul.govuk-list a[href^='/outcome-letters/']").Select(a => a.GetAttribute("href")).ToList();
        var own = await factory.WithDbAsync(db => db.OutcomeLetters.Where(l => l.ProviderId == db.Providers.Where(p => p.Name == Awards.Small).Select(p => p.Id).Single())
            .Select(l => "/outcome-letters/" + l.Id).ToListAsync());
        Assert.Equal(own.Order(), listed.Order());
        Assert.Contains($"/outcome-letters/{letters[bids[Awards.Small]]}", listed);
        // The unsuccessful letter: the winner's name and scores, its own price and reasons, never the winner's price (£897,500).
        Assert.Contains($"The lot is to be awarded to {Awards.Lead}", unsuccessful.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("£840,000", unsuccessful.Body.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("897,500", unsuccessful.Body.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("179,500", unsuccessful.Body.TextContent, StringComparison.Ordinal);
        Assert.Contains("Agreed at 2: the night cover, which matters most in custody, is not explained.", unsuccessful.Body.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain($"Agreed for {Awards.Lead}", unsuccessful.Body.TextContent, StringComparison.Ordinal);
        Assert.Equal(5, unsuccessful.QuerySelectorAll("tbody tr").Length); // two questions, two social value criteria, price
        Assert.Contains("The standstill period ends on 16 December 2026", unsuccessful.Body.TextContent, StringComparison.Ordinal);
        // The successful letter names no other bidder and no other price.
        Assert.Contains("Your bid was successful", successful.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(Awards.Small, successful.Body.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("840,000", successful.Body.TextContent, StringComparison.Ordinal);
    }

    private async Task the_public_page_publishes_the_results_without_prices(int id)
    {
        var page = await PortalClient.For(factory).GetDocumentAsync($"/opportunities/{id}");
        var row = page.QuerySelectorAll("table").Single(t => t.QuerySelector("caption")?.TextContent.Trim() == "Results by lot").QuerySelectorAll("tbody tr").Single().QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();

        // Chapeltown Wellbeing Collective is small and Leeds-based; Community Links is neither.
        Assert.Equal(["Lot 1: West Yorkshire", "2", "1", "1", Awards.Lead], row);
        Assert.DoesNotContain("897,500", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("840,000", page.Body.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_lot_not_ready_goes_back_to_the_award_page_with_the_reason()
    {
        var (id, _, _) = await Evaluation.Evaluations.InEvaluationAsync(factory);
        var lot = await factory.WithDbAsync(db => db.Opportunities.Where(o => o.Id == id).SelectMany(o => o.Lots).Select(l => l.Id).SingleAsync());
        var officer = await PortalClient.SignedInAsync(factory, "procurement@example.org");
        var director = await PortalClient.SignedInAsync(factory, "director@example.org");

        var recommend = await officer.Http.GetAsync($"{Award(id)}/lots/{lot}/recommend");
        var decide = await director.Http.GetAsync($"{Award(id)}/lots/{lot}/decide");
        var page = await director.GetDocumentAsync(Award(id));
        var other = await officer.Http.GetAsync($"{Award(id)}/lots/999999/recommend");

        Assert.Equal(HttpStatusCode.Redirect, recommend.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, decide.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Contains("Lot 1 has no recommendation waiting for a decision", page.Body!.TextContent, StringComparison.Ordinal);
    }
}
