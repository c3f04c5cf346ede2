using System.Collections.Concurrent;
using System.Data.Common;
using AngleSharp.Dom;
using LeedsCommissioning.Domain.Awards;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Decisions;
using LeedsCommissioning.Domain.Decommissioning;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Domain.Waivers;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Infrastructure.Seeding;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace LeedsCommissioning.Web.Tests.Home;

/// <summary>
/// Every role's home page says what needs that person now (issue 15, "Dashboards"): each kind of work a card with its
/// count and items linking to where the work is done, dates in UK time, then what they can do; nothing of another
/// provider's; "Nothing needs you now" when nothing waits. Expected counts are read from the database, not the page.
/// </summary>
public sealed class What_needs_you_now(What_needs_you_now.RecordingPortalFactory factory) : IClassFixture<What_needs_you_now.RecordingPortalFactory>
{
    private static IElement Card(IDocument home, string heading) =>
        home.QuerySelectorAll(".app-work").SingleOrDefault(c => c.QuerySelector(".govuk-summary-card__title")!.TextContent.Trim().StartsWith(heading + " (", StringComparison.Ordinal))
        ?? throw new Xunit.Sdk.XunitException($"No \"{heading}\" card on the home page; cards: "
            + string.Join(", ", home.QuerySelectorAll(".app-work .govuk-summary-card__title").Select(t => t.TextContent.Trim())));

    private static string Title(IElement card) => card.QuerySelector(".govuk-summary-card__title")!.TextContent.Trim();

    private static List<string> Links(IElement card) => card.QuerySelectorAll(".app-work__item a").Select(a => a.GetAttribute("href")!).ToList();

    [Fact]
    public async Task the_decision_maker_sees_the_waivers_awards_variations_and_decommissioning_cases_awaiting_a_decision()
    {
        var waivers = await factory.WithDbAsync(db => db.CprWaivers.Where(w => w.Status == WaiverStatus.Submitted).Select(w => w.Id).ToListAsync());
        var awards = await factory.WithDbAsync(db => db.LotAwards.Where(a => a.Status == AwardStatus.AwaitingDecision).Select(a => new { a.OpportunityId, a.LotId }).ToListAsync());
        var cases = await factory.WithDbAsync(db => db.DecommissioningCases.Where(c => c.Status == DecommissioningStatus.Submitted).Select(c => c.Id).ToListAsync());
        var variations = await factory.WithDbAsync(db => db.ContractChanges
            .Where(c => (c.Kind == ContractChangeKind.Variation || c.Kind == ContractChangeKind.Value) && c.Decision != null && c.Decision.Outcome == DecisionOutcome.Pending)
            .Select(c => new { c.ContractId, c.Id }).ToListAsync());
        var director = await PortalClient.SignedInAsync(factory, "director@example.org");

        var home = await director.GetDocumentAsync("/");

        var expectedKinds = 0;
        if (waivers.Count > 0)
        {
            expectedKinds++;
            var card = Card(home, "Waivers awaiting your decision");
            Assert.Equal($"Waivers awaiting your decision ({waivers.Count})", Title(card));
            Assert.Equal(waivers.Take(5).Select(id => $"/waivers/{id}/decide").Order(), Links(card).Order());
        }

        if (awards.Count > 0)
        {
            expectedKinds++;
            var card = Card(home, "Awards awaiting your decision");
            Assert.Equal($"Awards awaiting your decision ({awards.Count})", Title(card));
            Assert.Equal(awards.Take(5).Select(a => $"/procurement/opportunities/{a.OpportunityId}/award/lots/{a.LotId}/decide").Order(), Links(card).Order());
        }

        if (cases.Count > 0)
        {
            expectedKinds++;
            var card = Card(home, "Decommissioning decisions awaiting you");
            Assert.Equal(cases.Select(id => $"/decommissioning/{id}/decide").Order(), Links(card).Order());
        }

        if (variations.Count > 0)
        {
            expectedKinds++;
            var card = Card(home, "Contract changes awaiting your decision");
            Assert.Equal($"Contract changes awaiting your decision ({variations.Count})", Title(card));
            Assert.Equal(variations.Take(5).Select(v => $"/contracts/{v.ContractId}/changes/{v.Id}/decide").Order(), Links(card).Order());
        }

        Assert.True(expectedKinds >= 1, "The demo should have a decision waiting for the director");
        Assert.Equal(expectedKinds, home.QuerySelectorAll(".app-work").Length);
        Assert.Null(home.QuerySelector("#nothing-waiting"));
        Assert.NotNull(home.QuerySelectorAll("h2").SingleOrDefault(h => h.TextContent.Trim() == "What you can do"));
    }

    [Fact]
    public async Task the_procurement_officer_sees_questions_waiting_and_opportunities_closing_or_ready_to_open()
    {
        var now = PortalFactory.Now.UtcDateTime;
        var waiting = await factory.WithDbAsync(db => db.ClarificationQuestions.CountAsync(q => q.Answer == null));
        var closing = await factory.WithDbAsync(db => db.Opportunities
            .Where(o => o.Status == OpportunityStatus.Published && o.BidDeadlineUtc > now && o.BidDeadlineUtc <= now.AddDays(14)).Select(o => o.Id).ToListAsync());
        var ready = await factory.WithDbAsync(db => db.Opportunities
            .Where(o => o.Status == OpportunityStatus.Published && o.BidDeadlineUtc <= now && !db.BidOpenings.Any(b => b.OpportunityId == o.Id)).Select(o => o.Id).ToListAsync());
        var officer = await PortalClient.SignedInAsync(factory, "procurement@example.org");

        var home = await officer.GetDocumentAsync("/");

        Assert.True(waiting + closing.Count + ready.Count > 0, "The demo should have work waiting for the officer");
        if (waiting > 0)
        {
            Assert.Equal($"Questions waiting for an answer ({waiting})", Title(Card(home, "Questions waiting for an answer")));
            Assert.All(Links(Card(home, "Questions waiting for an answer")), l => Assert.Matches(@"^/procurement/opportunities/\d+/clarifications$", l));
        }

        if (closing.Count > 0)
        {
            var card = Card(home, "Opportunities closing in the next 14 days");
            Assert.Equal(closing.Take(5).Select(id => $"/procurement/opportunities/{id}").Order(), Links(card).Order());
            // The bid deadline in UK time, GOV.UK style ("Due 3 December 2026 at 12pm").
            Assert.All(card.QuerySelectorAll(".app-work__item .govuk-hint"), h => Assert.Matches(@"Due \d{1,2} [A-Z][a-z]+ \d{4} at ", h.TextContent));
        }

        if (ready.Count > 0)
        {
            Assert.Equal(ready.Take(5).Select(id => $"/procurement/opportunities/{id}/opening").Order(), Links(Card(home, "Opportunities ready to open")).Order());
        }
    }

    [Fact]
    public async Task the_commissioner_sees_the_contract_decisions_and_notices_due_with_the_overdue_ones_tagged()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");

        var home = await commissioner.GetDocumentAsync("/");

        var card = Card(home, "Contract decisions and notices due");
        var items = card.QuerySelectorAll(".app-work__item").ToList();
        Assert.NotEmpty(items);
        // README: her extension of Older people's neighbourhood forums to decide by 18 December 2026, and an overdue renewal decision.
        Assert.Contains(items, i => i.TextContent.Contains("Older people's neighbourhood forums", StringComparison.Ordinal)
            && i.TextContent.Contains("Due 18 December 2026", StringComparison.Ordinal));
        Assert.Contains(items, i => i.QuerySelector(".govuk-tag--red")?.TextContent.Trim() == "Overdue");
        Assert.All(items, i => Assert.StartsWith("/", i.QuerySelector("a")!.GetAttribute("href"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task a_provider_sees_its_own_draft_bids_and_answers_and_nothing_of_another_providers()
    {
        var now = PortalFactory.Now.UtcDateTime;
        var lead = await ProviderIdAsync(DemoData.LeadProviderName);
        var small = await ProviderIdAsync(DemoData.SmallProviderName);
        var provider = await PortalClient.SignedInAsync(factory, "provider@example.org");
        var other = await PortalClient.SignedInAsync(factory, "small.provider@example.org");
        var leadDrafts = await DraftLinksAsync(lead, now);
        var smallDrafts = await DraftLinksAsync(small, now);
        var leadAnswers = await AnsweredAsync(lead, now);

        var home = await provider.GetDocumentAsync("/");
        var otherHome = await other.GetDocumentAsync("/");

        Assert.True(leadDrafts.Count + leadAnswers > 0, "The demo should have a draft bid or an answer for Community Links");
        if (leadDrafts.Count > 0)
        {
            Assert.Equal($"Your bids in draft ({leadDrafts.Count})", Title(Card(home, "Your bids in draft")));
            Assert.Equal(leadDrafts.Take(5).Order(), Links(Card(home, "Your bids in draft")).Order());
        }

        if (leadAnswers > 0)
        {
            Assert.Equal($"Answers to your questions ({leadAnswers})", Title(Card(home, "Answers to your questions")));
        }

        var otherLinks = otherHome.QuerySelectorAll(".app-work__item a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Empty(otherLinks.Intersect(leadDrafts.Except(smallDrafts)));
        Assert.Equal(smallDrafts.Count, otherHome.QuerySelectorAll(".app-work").Any(c => Title(c).StartsWith("Your bids in draft", StringComparison.Ordinal))
            ? int.Parse(Title(Card(otherHome, "Your bids in draft"))[("Your bids in draft (".Length)..^1], System.Globalization.CultureInfo.InvariantCulture)
            : 0);
    }

    [Fact]
    public async Task the_evaluator_sees_the_scoring_due()
    {
        var evaluator = await PortalClient.SignedInAsync(factory, "evaluator@example.org");

        var home = await evaluator.GetDocumentAsync("/");

        // README: one bid still to score at /scoring.
        var card = Card(home, "Scoring due");
        Assert.Equal("Scoring due (1)", Title(card));
        Assert.Equal(["/scoring"], Links(card));
        Assert.Contains("1 bid to score", card.QuerySelector(".app-work__item a")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task someone_with_nothing_waiting_is_told_nothing_needs_them_now()
    {
        var admin = await PortalClient.SignedInAsync(factory, "admin@example.org");

        var home = await admin.GetDocumentAsync("/");

        Assert.Equal("Nothing needs you now", home.QuerySelector("#nothing-waiting")?.TextContent.Trim());
        Assert.Empty(home.QuerySelectorAll(".app-work"));
        Assert.NotNull(home.QuerySelectorAll("h2").SingleOrDefault(h => h.TextContent.Trim() == "What you can do"));
    }

    [Fact]
    public async Task the_home_page_asks_the_database_the_same_number_of_times_however_much_is_waiting()
    {
        // Community Links has work waiting; the small collective has less: one query per source either way, no query per item.
        var busy = await PortalClient.SignedInAsync(factory, "provider@example.org");
        var quiet = await PortalClient.SignedInAsync(factory, "small.provider@example.org");

        var (busyCommands, busyCards) = await CommandsForHomeAsync(busy);
        var (quietCommands, quietCards) = await CommandsForHomeAsync(quiet);

        Assert.NotEqual(busyCards, quietCards);
        Assert.Equal(busyCommands, quietCommands);
    }

    [Fact]
    public async Task a_second_visit_with_nothing_changed_sends_no_query_through_ef_core()
    {
        // What the page reads is kept per person and per version of the data (KeptHomeWork): a visit reads the versions,
        // with one plain command (DataVersion.ReadAsync, not EF Core's, so not recorded here), and nothing else.
        var director = await PortalClient.SignedInAsync(factory, "director@example.org");
        await director.GetDocumentAsync("/");
        var before = factory.Commands.Count;

        var home = await director.GetDocumentAsync("/");

        Assert.NotEmpty(home.QuerySelectorAll(".app-work"));
        Assert.Empty(factory.Commands.Skip(before));
    }

    private async Task<(int Commands, string Cards)> CommandsForHomeAsync(PortalClient client)
    {
        await client.GetDocumentAsync("/");
        // A change, as another instance would make one, so the page is read again rather than kept (KeptHomeWork).
        await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE \"WorkVersion\" SET \"Version\" = \"Version\" + 1"));
        var before = factory.Commands.Count;
        var home = await client.GetDocumentAsync("/");
        var commands = factory.Commands.Count - before;
        return (commands, string.Join("|", home.QuerySelectorAll(".app-work .govuk-summary-card__title, .app-work__item").Select(e => e.TextContent.Trim())));
    }

    private Task<int> ProviderIdAsync(string name) =>
        factory.WithDbAsync(db => db.Providers.Where(p => p.Name == name).Select(p => p.Id).SingleAsync());

    private Task<List<string>> DraftLinksAsync(int providerId, DateTime now) =>
        factory.WithDbAsync(async db => (await (from b in db.Set<Bid>()
                                                where b.ProviderId == providerId && b.Status == BidStatus.Draft
                                                join o in db.Opportunities on b.OpportunityId equals o.Id
                                                where o.BidDeadlineUtc > now
                                                orderby o.BidDeadlineUtc
                                                select new { o.Id, b.LotId }).ToListAsync())
            .Select(x => $"/opportunities/{x.Id}/lots/{x.LotId}/bid").ToList());

    private Task<int> AnsweredAsync(int providerId, DateTime now) =>
        factory.WithDbAsync(db => (from q in db.ClarificationQuestions
                                   where q.ProviderId == providerId && q.Answer != null
                                   join o in db.Opportunities on q.OpportunityId equals o.Id
                                   where o.Status == OpportunityStatus.Published && o.BidDeadlineUtc > now
                                   select q.Id).CountAsync());

    /// <summary>The app with every query it sends to the database counted (the home page's own, during one request).</summary>
    public sealed class RecordingPortalFactory : PortalFactory
    {
        public ConcurrentQueue<string> Commands { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services =>
                services.ConfigureDbContext<CommissioningDbContext>(options => options.AddInterceptors(new Recorder(Commands))));
        }
    }

    private sealed class Recorder(ConcurrentQueue<string> commands) : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (!command.CommandText.Contains("\"EmailMessages\"", StringComparison.Ordinal) && !command.CommandText.Contains("\"ScheduledJobs\"", StringComparison.Ordinal))
            {
                commands.Enqueue(command.CommandText);
            }

            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
