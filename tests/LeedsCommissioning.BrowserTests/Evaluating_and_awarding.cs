using LeedsCommissioning.BrowserTests.Infrastructure;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Infrastructure.Opportunities;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LeedsCommissioning.BrowserTests;

/// <summary>
/// Issue 13, the whole of evaluation and award in the browser on the demo's closed two-lot opportunity (neighbourhood
/// networks for older people): the officer opens the bids with the director present, starts the evaluation and forms a panel per lot (two staff
/// members, and on lot 1 the service-user evaluator); each member declares no conflict and scores each bid; the chair
/// moderates; the officer recommends each lot's first-ranked bid and the director approves; the officer records the
/// contract award notice and, after the standstill, creates the contract, which the register lists with its social value
/// commitments. On a portal of its own, because the clock moves on. Every page is checked with axe.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class Evaluating_and_awarding(BrowserPortal portal)
{
    private const string Title = "Neighbourhood networks for older people: inner east and outer north east";
    private const string Lead = "Community Links (Northern) Ltd";
    private const string Small = "Chapeltown Wellbeing Collective";

    [SkippableFact]
    public async Task the_two_lot_opportunity_is_scored_moderated_awarded_and_its_contract_is_in_the_register_with_its_social_value()
    {
        await using var server = BrowserPortal.StartPrivatePortal();
        var address = server.KestrelAddress!;
        var (id, lots) = await ArrangeAsync(server);
        var people = await server.WithDbAsync(db => db.Users.Where(u => u.Email == "commissioner@example.org" || u.Email == "ccg@example.org" || u.Email == "evaluator@example.org" || u.Email == "director@example.org")
            .ToDictionaryAsync(u => u.Email!, u => u.Id));
        var opportunity = $"/procurement/opportunities/{id}";

        // 1. The officer opens the bids with the director present, starts the evaluation and forms a panel per lot.
        await using (var officer = await SignedInAsync("journey-officer", "procurement@example.org", address))
        {
            var page = officer.Page;
            await officer.GoToAsync($"{opportunity}/opening", "opening-sealed");
            await officer.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Record the opening" }), "opening-confirm");
            await page.GetByLabel("Who is the second person present?").SelectOptionAsync(people["director@example.org"]);
            await officer.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Open the bids" }), "opening-register");
            await Expect(page.Locator("main")).ToContainTextAsync("Lot 2: Outer north east (2 bids)");
            await officer.GoToAsync($"{opportunity}/start-evaluation", "start-evaluation");
            await officer.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Start evaluation" }), "opportunity-in-evaluation");

            await FormPanelAsync(officer, opportunity, "Lot 1 panel", 0, [people["commissioner@example.org"], people["ccg@example.org"], people["evaluator@example.org"]], people["commissioner@example.org"]);
            await FormPanelAsync(officer, opportunity, "Lot 2 panel", 1, [people["commissioner@example.org"], people["ccg@example.org"]], people["commissioner@example.org"]);
            await Expect(page.Locator(".govuk-summary-card")).ToHaveCountAsync(2);
        }

        var panels = await server.WithDbAsync(db => db.EvaluationPanels.Where(p => p.OpportunityId == id).ToDictionaryAsync(p => p.Name, p => p.Id));
        var lot1 = (panels["Lot 1 panel"], lots[0].Bids);
        var lot2 = (panels["Lot 2 panel"], lots[1].Bids);

        // 2. Each member declares and scores; the chair scores last, then moderates. The small charity scores higher.
        await using (var evaluator = await SignedInAsync("journey-evaluator", "evaluator@example.org", address))
        {
            await DeclareAndScoreAsync(evaluator, [lot1]);
        }

        await using (var member = await SignedInAsync("journey-member", "ccg@example.org", address))
        {
            await DeclareAndScoreAsync(member, [lot1, lot2]);
        }

        await using (var chair = await SignedInAsync("journey-chair", "commissioner@example.org", address))
        {
            await DeclareAndScoreAsync(chair, [lot1, lot2]);
            foreach (var (panel, bids) in new[] { lot1, lot2 })
            {
                foreach (var (provider, bid) in bids)
                {
                    await chair.GoToAsync($"/scoring/panels/{panel}/bids/{bid}/moderate", "moderate");
                    await FillAsync(chair.Page, "Rationales", Score(provider), $"Agreed for {provider}.");
                    await chair.FollowAsync(chair.Page.GetByRole(AriaRole.Button, new() { Name = "Confirm the moderated scores" }), "moderate-confirm");
                    await chair.FollowAsync(chair.Page.GetByRole(AriaRole.Button, new() { Name = "Confirm the moderated scores" }), "moderated");
                    await Expect(chair.Page.Locator("h1")).ToContainTextAsync($"Moderated scores for {provider}");
                }
            }
        }

        // 3. The officer reads the final ranking and recommends each lot's first; the director approves.
        await using (var officer = await SignedInAsync("journey-officer-award", "procurement@example.org", address))
        {
            var page = officer.Page;
            await officer.GoToAsync($"{opportunity}/ranking", "ranking");
            await Expect(page.Locator(".govuk-inset-text", new() { HasText = "The ranking is not final" })).ToHaveCountAsync(0);
            await Expect(page.Locator("tbody tr").First).ToContainTextAsync(Small);
            foreach (var lot in lots)
            {
                await officer.GoToAsync($"{opportunity}/award/lots/{lot.Id}/recommend", "recommend");
                await page.Locator($"input[name=Choice][value='{lot.Bids[Small]}']").CheckAsync();
                await officer.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Send to the decision maker" }), "award-recommended");
            }

            await Expect(page.Locator("main")).ToContainTextAsync("Awaiting decision");
        }

        await using (var director = await SignedInAsync("journey-director", "director@example.org", address))
        {
            foreach (var lot in lots)
            {
                await director.GoToAsync($"{opportunity}/award/lots/{lot.Id}/decide", "decide");
                await director.Page.GetByLabel("Approve the recommendation").CheckAsync();
                await director.Page.GetByLabel("Reasons for the decision").FillAsync("The highest scoring bid, within budget.");
                await director.FollowAsync(director.Page.GetByRole(AriaRole.Button, new() { Name = "Record the decision" }), "award-decided");
            }
        }

        // 4. Lot 1: a key decision (the opportunity is worth £2,000,000) decided on Thursday 26 November 2026 is open for
        // call-in until Thursday 3 December; the notice is published on Friday 4 December, and 8 working days of standstill
        // end on Wednesday 16 December; the contract is created the day after. Sign-ins expire as the clock moves on.
        server.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 4, 10, 0, 0, TimeSpan.Zero));
        await using (var officer = await SignedInAsync("journey-officer-notice", "procurement@example.org", address))
        {
            var page = officer.Page;
            await officer.GoToAsync($"{opportunity}/award/lots/{lots[0].Id}/contract-award-notice", "contract-award-notice");
            await FillDateAsync(page, "PublishedOn", new DateOnly(2026, 12, 4));
            await officer.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Record the publication" }), "award-notice-recorded");
            await Expect(page.Locator("main")).ToContainTextAsync("The standstill ends on 16 December 2026");
        }

        server.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 17, 10, 0, 0, TimeSpan.Zero));
        await using (var officer = await SignedInAsync("journey-officer-contract", "procurement@example.org", address))
        {
            var page = officer.Page;
            await officer.GoToAsync($"{opportunity}/award/lots/{lots[0].Id}/create-contract", "create-contract");
            await FillDateAsync(page, "StartDate", new DateOnly(2027, 4, 1));
            await officer.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Create the contract" }), "contract");
            var contractUrl = new Uri(page.Url).AbsolutePath;
            await Expect(page.Locator("main")).ToContainTextAsync(Small);
            await Expect(page.Locator("main")).ToContainTextAsync("Social value commitments to monitor");
            await Expect(page.Locator("main")).ToContainTextAsync("60,000");

            await officer.GoToAsync("/contracts?search=Neighbourhood+networks", "contracts-register");
            await Expect(page.Locator($"main a[href='{contractUrl}']")).ToHaveCountAsync(1);
            await Expect(page.Locator("main tbody")).ToContainTextAsync(Small);
        }
    }

    private static int Score(string provider) => provider == Small ? 4 : 3;

    private async Task<Journey> SignedInAsync(string who, string email, Uri address)
    {
        var journey = await portal.StartJourneyAsync(who, portal: address);
        await journey.GoToAsync("/account/sign-in", "sign-in");
        await journey.SignInAsync(email);
        return journey;
    }

    private static async Task FormPanelAsync(Journey officer, string opportunity, string name, int lot, IReadOnlyList<string> members, string chair)
    {
        var page = officer.Page;
        await officer.GoToAsync($"{opportunity}/panels/new", "panel-new");
        await page.GetByLabel("Panel name").FillAsync(name);
        await page.Locator("input[name=LotId]").Nth(lot).CheckAsync();
        await page.Locator("input[name=Scope][value=all]").CheckAsync();
        foreach (var member in members)
        {
            await page.Locator($"input[name=MemberUserIds][value='{member}']").CheckAsync();
        }

        await page.Locator($"input[name=ChairUserId][value='{chair}']").CheckAsync();
        await officer.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Form the panel" }), "panels");
    }

    /// <summary>On each panel: no conflict with any bidder, then a sheet per bid, submitted through its confirmation page.</summary>
    private static async Task DeclareAndScoreAsync(Journey member, IReadOnlyList<(int Panel, IReadOnlyDictionary<string, int> Bids)> panels)
    {
        var page = member.Page;
        foreach (var (panel, bids) in panels)
        {
            await member.GoToAsync($"/scoring/panels/{panel}/declare", "declare");
            foreach (var no in await page.Locator("input[name^=Conflicts][value=false]").AllAsync())
            {
                await no.CheckAsync();
            }

            await member.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Send your declarations" }), "declared");
            foreach (var (provider, bid) in bids)
            {
                await member.GoToAsync($"/scoring/panels/{panel}/bids/{bid}", "scoring-sheet");
                await FillAsync(page, "Comments", Score(provider), $"Scored for {provider}.");
                await member.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Submit your scores" }), "scoring-submit-confirm");
                await member.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Submit scores" }), "scoring-submitted");
                await Expect(page.Locator("h1")).ToContainTextAsync($"Your scores for {provider}");
            }
        }
    }

    /// <summary>Every answer on a score sheet or moderation form: the score and its comment or rationale.</summary>
    private static async Task FillAsync(IPage page, string texts, int score, string text)
    {
        var count = await page.Locator($"textarea[name^={texts}]").CountAsync();
        Assert.True(count > 0, $"No {texts} on {page.Url}");
        for (var i = 0; i < count; i++)
        {
            await page.Locator($"input[name='Scores[{i}]'][value='{score}']").CheckAsync();
            await page.Locator($"textarea[name='{texts}[{i}]']").FillAsync(text);
        }
    }

    private static async Task FillDateAsync(IPage page, string field, DateOnly date)
    {
        await page.Locator($"input[name='{field}.Day']").FillAsync(date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator($"input[name='{field}.Month']").FillAsync(date.Month.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator($"input[name='{field}.Year']").FillAsync(date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// What the journey does not show, in the database: the demo's closed opportunity (two lots, two quality questions, two
    /// social value criteria, weights 40/50/10, deadline passed) has two bids on lot 1; the same two providers bid on lot 2
    /// too, before the deadline, with prices, answers and social value commitments. Returns each lot's bids by provider.
    /// </summary>
    private static Task<(int Id, IReadOnlyList<(int Id, IReadOnlyDictionary<string, int> Bids)> Lots)> ArrangeAsync(PortalServer server) =>
        server.WithDbAsync(async db =>
        {
            var o = await db.Opportunities.AsSplitQuery().Include(x => x.Lots).Include(x => x.QualityQuestions).Include(x => x.SocialValueCriteria).SingleAsync(x => x.Title == Title);
            var providers = await db.Users.Where(u => u.Email == "provider@example.org" || u.Email == "small.provider@example.org")
                .Select(u => new { u.Id, u.ProviderId, Name = db.Providers.Where(p => p.Id == u.ProviderId).Select(p => p.Name).Single() }).ToListAsync();
            var rules = o.BidRules();
            var at = o.BidDeadlineUtc!.Value.AddDays(-2);
            var lot2 = o.Lots.Single(l => l.Number == 2);
            foreach (var p in providers)
            {
                var small = p.Name == Small;
                var bid = o.StartBid(lot2.Id, p.ProviderId!.Value, p.Id, at);
                bid.Save(new BidContent(Enumerable.Repeat<decimal?>(small ? 84_000m : 88_000m, rules.PriceYears).ToList(),
                    [small ? "Friendship groups in Wetherby and Boston Spa run by older volunteers." : "A minibus and lunch clubs across Harewood and Alwoodley.",
                     small ? "Volunteers are trained, checked and paired with a mentor." : "Volunteers are checked and supervised monthly."],
                    [small ? 1_500m : 3_000m, small ? 40_000m : 70_000m], []), rules, p.Id, at);
                bid.Submit(rules, p.Id, at);
                db.AddBid(bid);
            }

            await db.SaveChangesAsync();
            var bids = await db.Set<Bid>().Where(b => b.OpportunityId == o.Id).Join(db.Providers, b => b.ProviderId, p => p.Id, (b, p) => new { b.Id, b.LotId, p.Name }).ToListAsync();
            var lots = o.Lots.OrderBy(l => l.Number)
                .Select(l => (l.Id, (IReadOnlyDictionary<string, int>)bids.Where(b => b.LotId == l.Id).OrderBy(b => b.Name == Small).ToDictionary(b => b.Name, b => b.Id)))
                .ToList();
            Assert.All(lots, l => Assert.Equal([Lead, Small], l.Item2.Keys));
            return (o.Id, (IReadOnlyList<(int, IReadOnlyDictionary<string, int>)>)lots);
        });
}
