using System.Globalization;
using AngleSharp.Dom;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Decisions;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Domain.Waivers;
using LeedsCommissioning.Infrastructure.Reminders;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Home;

/// <summary>
/// A person's home page is kept per version of the data (KeptHomeWork; migration WorkVersion): whatever anyone changes,
/// here straight in the database as another instance or a script would, shows on that person's next visit; a bid deadline
/// passing moves the cards with no change at all; and what is kept for one person is never shown to another.
/// </summary>
public sealed class The_home_page_follows_every_change(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task a_waiver_and_a_contract_change_decided_elsewhere_leave_the_directors_next_visit()
    {
        var director = await PortalClient.SignedInAsync(factory, "director@example.org");
        var waivers = await factory.WithDbAsync(db => db.CprWaivers.CountAsync(w => w.Status == WaiverStatus.Submitted));
        var changes = await factory.WithDbAsync(db => db.ContractChanges.Where(ContractChange.AwaitingDecision)
            .CountAsync(c => c.Kind == ContractChangeKind.Variation || c.Kind == ContractChangeKind.Value));
        Assert.True(waivers >= 1, "The demo should have a waiver awaiting the director's decision");
        Assert.True(changes >= 1, "The demo should have a contract change awaiting the director's decision");
        var before = await director.GetDocumentAsync("/");
        Assert.Equal(waivers, CountOf(before, "Waivers awaiting your decision"));
        Assert.Equal(changes, CountOf(before, "Contract changes awaiting your decision"));

        await factory.WithDbAsync(db => db.CprWaivers.Where(w => w.Status == WaiverStatus.Submitted).OrderBy(w => w.Id).Take(1)
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.Status, WaiverStatus.Approved)));
        Assert.Equal(waivers - 1, CountOf(await director.GetDocumentAsync("/"), "Waivers awaiting your decision"));

        // The change itself is not touched: only its decision record, in a table of its own.
        await factory.WithDbAsync(async db =>
        {
            var decision = await db.ContractChanges.Where(ContractChange.AwaitingDecision)
                .Where(c => c.Kind == ContractChangeKind.Variation || c.Kind == ContractChangeKind.Value)
                .OrderBy(c => c.Id).Select(c => c.Decision!.Id).FirstAsync();
            return await db.Set<DecisionRecord>().Where(d => d.Id == decision)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.Outcome, DecisionOutcome.Approved));
        });
        Assert.Equal(changes - 1, CountOf(await director.GetDocumentAsync("/"), "Contract changes awaiting your decision"));
    }

    [Fact]
    public async Task a_reminder_raised_elsewhere_shows_to_its_commissioner_only_and_goes_when_dismissed()
    {
        var priya = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var tom = await PortalClient.SignedInAsync(factory, "ccg@example.org");
        var priyaId = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == "commissioner@example.org").Select(u => u.Id).SingleAsync());
        const string title = "Check the kept home page follows a reminder raised elsewhere";
        // Both pages kept before the change.
        Assert.DoesNotContain(title, Reminders(await priya.GetDocumentAsync("/")));
        Assert.DoesNotContain(title, Reminders(await tom.GetDocumentAsync("/")));

        var id = await factory.WithDbAsync(async db =>
        {
            var reminder = new Reminder
            {
                UserId = priyaId, Kind = "ExtensionDecisionDue", Key = "home-page-follows-" + Guid.NewGuid().ToString("N"), Title = title,
                DueOn = new DateOnly(2026, 12, 1), Link = "/contracts", RaisedAtUtc = PortalFactory.Now.UtcDateTime,
            };
            db.Reminders.Add(reminder);
            await db.SaveChangesAsync();
            return reminder.Id;
        });

        Assert.Contains(title, Reminders(await priya.GetDocumentAsync("/")));
        Assert.DoesNotContain(title, Reminders(await tom.GetDocumentAsync("/")));

        await factory.WithDbAsync(db => db.Reminders.Where(r => r.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.DismissedAtUtc, PortalFactory.Now.UtcDateTime)));
        Assert.DoesNotContain(title, Reminders(await priya.GetDocumentAsync("/")));
    }

    [Fact]
    public async Task a_contract_renamed_elsewhere_is_renamed_in_the_commissioners_decisions_due()
    {
        // README: Priya's extension of Older people's neighbourhood forums, to decide by 18 December 2026.
        const string name = "Older people's neighbourhood forums";
        var priya = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        Assert.Contains(Items(await priya.GetDocumentAsync("/"), "Contract decisions and notices due"), i => i.Contains(name, StringComparison.Ordinal));

        await factory.WithDbAsync(db => db.Contracts.Where(c => c.Title == name)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Title, "Neighbourhood forums for older people")));

        var items = Items(await priya.GetDocumentAsync("/"), "Contract decisions and notices due");
        Assert.DoesNotContain(items, i => i.Contains(name, StringComparison.Ordinal));
        Assert.Contains(items, i => i.Contains("Neighbourhood forums for older people", StringComparison.Ordinal));
    }

    internal static IElement? Card(IDocument home, string heading) =>
        home.QuerySelectorAll(".app-work").SingleOrDefault(c =>
            c.QuerySelector(".govuk-summary-card__title")!.TextContent.Trim().StartsWith(heading + " (", StringComparison.Ordinal));

    /// <summary>The card's count ("Waivers awaiting your decision (3)"), 0 when there is no card.</summary>
    internal static int CountOf(IDocument home, string heading) =>
        Card(home, heading) is { } card
            ? int.Parse(card.QuerySelector(".govuk-summary-card__title")!.TextContent.Trim()[(heading.Length + 2)..^1], CultureInfo.InvariantCulture)
            : 0;

    internal static List<string> Links(IDocument home, string heading) =>
        Card(home, heading)?.QuerySelectorAll(".app-work__item a").Select(a => a.GetAttribute("href")!).ToList() ?? [];

    private static List<string> Items(IDocument home, string heading) =>
        Card(home, heading)?.QuerySelectorAll(".app-work__item").Select(i => i.TextContent).ToList() ?? [];

    private static List<string> Reminders(IDocument home) =>
        home.QuerySelectorAll(".app-reminder a").Select(a => a.TextContent.Trim()).ToList();
}

/// <summary>
/// The clock moves a home page's cards with no change to the data when a bid deadline passes: what is kept is read again
/// then (HomeWork.StillRightAt). A portal of its own, because the fake clock only moves forward.
/// </summary>
public sealed class A_kept_home_page_follows_the_clock(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task an_opportunity_whose_bid_deadline_passes_moves_from_closing_to_ready_to_open_with_no_change_to_the_data()
    {
        var now = PortalFactory.Now.UtcDateTime;
        var officer = await PortalClient.SignedInAsync(factory, "procurement@example.org");
        // An open opportunity closing in an hour, the same UK day: the data versions and the date stay as they are when it closes.
        var id = await factory.WithDbAsync(db => db.Opportunities
            .Where(o => o.Status == OpportunityStatus.Published && o.BidDeadlineUtc > now && !db.BidOpenings.Any(b => b.OpportunityId == o.Id))
            .OrderBy(o => o.Id).Select(o => o.Id).FirstAsync());
        await factory.WithDbAsync(db => db.Opportunities.Where(o => o.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.BidDeadlineUtc, now.AddHours(1))));
        var before = await officer.GetDocumentAsync("/");
        var closing = The_home_page_follows_every_change.CountOf(before, "Opportunities closing in the next 14 days");
        var ready = The_home_page_follows_every_change.CountOf(before, "Opportunities ready to open");
        Assert.Contains($"/procurement/opportunities/{id}", The_home_page_follows_every_change.Links(before, "Opportunities closing in the next 14 days"));

        factory.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));
        var after = await officer.GetDocumentAsync("/");

        Assert.Equal(closing - 1, The_home_page_follows_every_change.CountOf(after, "Opportunities closing in the next 14 days"));
        Assert.DoesNotContain($"/procurement/opportunities/{id}", The_home_page_follows_every_change.Links(after, "Opportunities closing in the next 14 days"));
        Assert.Equal(ready + 1, The_home_page_follows_every_change.CountOf(after, "Opportunities ready to open"));
    }
}
