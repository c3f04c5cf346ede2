using AngleSharp.Dom;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Opportunities;

/// <summary>
/// The public list keeps the open opportunities between requests, per version of the data (migration
/// OpportunityVersion). A change is written here straight to the database with a DbContext of its own, as another
/// instance of the portal, a script or a data load would, and the very next request shows it. Each test has a portal
/// of its own, because it changes the data or moves the clock.
/// </summary>
public sealed class The_public_list_follows_every_change
{
    [Fact]
    public async Task a_retitled_opportunity_and_a_renamed_commissioner_show_at_once()
    {
        using var factory = new PortalFactory();
        var (id, _, _) = await Demo.FindAsync(factory, Demo.OpenTitle);
        var anyone = PortalClient.For(factory);
        Assert.Equal(Demo.OpenTitle, Entry(await anyone.GetDocumentAsync("/opportunities"), id).QuerySelector("h2")!.TextContent.Trim());

        await factory.WithDbAsync(db => db.Opportunities.Where(o => o.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.Title, "Community wellbeing cafés")));
        var organisationId = await factory.WithDbAsync(db => db.Opportunities.Where(o => o.Id == id).Select(o => o.CommissioningOrganisationId).SingleAsync());
        await factory.WithDbAsync(db => db.CommissioningOrganisations.Where(o => o.Id == organisationId)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.Name, "Leeds Health and Care Partnership")));

        var entry = Entry(await anyone.GetDocumentAsync("/opportunities?search=CAFÉS"), id);
        Assert.Equal("Community wellbeing cafés", entry.QuerySelector("h2")!.TextContent.Trim());
        Assert.Equal("Leeds Health and Care Partnership", Value(entry, "Commissioner"));
    }

    [Fact]
    public async Task a_lot_added_elsewhere_is_counted_and_a_withdrawn_opportunity_leaves_the_list_at_once()
    {
        using var factory = new PortalFactory();
        var (id, _, _) = await Demo.FindAsync(factory, Demo.OpenTitle);
        var (closedId, closedLotId, _) = await Demo.FindAsync(factory, Demo.ClosedTitle);
        var anyone = PortalClient.For(factory);
        var before = await anyone.GetDocumentAsync("/opportunities");
        var lots = await factory.WithDbAsync(db => db.Opportunities.Where(o => o.Id == id).Select(o => o.Lots.Count).SingleAsync());
        Assert.EndsWith($"{lots} {(lots == 1 ? "lot" : "lots")}", Value(Entry(before, id), "Estimated value"), StringComparison.Ordinal);
        var open = Count(before);

        await factory.WithDbAsync(db => db.Set<Lot>().Where(l => l.Id == closedLotId && l.OpportunityId == closedId)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.OpportunityId, id)));
        Assert.EndsWith($"{lots + 1} lots", Value(Entry(await anyone.GetDocumentAsync("/opportunities"), id), "Estimated value"), StringComparison.Ordinal);

        await factory.WithDbAsync(db => db.Opportunities.Where(o => o.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, OpportunityStatus.Cancelled)));
        var after = await anyone.GetDocumentAsync("/opportunities");
        Assert.Equal(open - 1, Count(after));
        Assert.Null(after.QuerySelector($"a[href='/opportunities/{id}']"));
    }

    [Fact]
    public async Task an_opportunity_leaves_the_list_when_its_deadline_passes()
    {
        using var factory = new PortalFactory();
        var (id, _, deadline) = await Demo.FindAsync(factory, Demo.OpenTitle);
        var anyone = PortalClient.For(factory);
        factory.Clock.SetUtcNow(deadline.AddSeconds(-1));
        var open = Count(await anyone.GetDocumentAsync("/opportunities"));
        Assert.NotNull((await anyone.GetDocumentAsync("/opportunities")).QuerySelector($"a[href='/opportunities/{id}']"));

        factory.Clock.SetUtcNow(deadline);
        var after = await anyone.GetDocumentAsync("/opportunities");

        Assert.Null(after.QuerySelector($"a[href='/opportunities/{id}']"));
        Assert.Equal(open - 1, Count(after));
    }

    [Fact]
    public async Task the_closing_date_filter_takes_in_an_opportunity_as_its_deadline_comes_within_the_window()
    {
        using var factory = new PortalFactory();
        var (id, _, deadline) = await Demo.FindAsync(factory, Demo.OpenTitle);
        var anyone = PortalClient.For(factory);
        const string closingThisWeek = "/opportunities?closing=7";

        factory.Clock.SetUtcNow(deadline.AddDays(-7).AddMinutes(-1));
        var before = await anyone.GetDocumentAsync(closingThisWeek);
        Assert.Null(before.QuerySelector($"a[href='/opportunities/{id}']"));

        // Two minutes on, nothing has closed (the list is kept and its HTML with it), but the deadline is now within 7 days.
        factory.Clock.SetUtcNow(deadline.AddDays(-7).AddMinutes(1));
        var after = await anyone.GetDocumentAsync(closingThisWeek);
        Assert.NotNull(after.QuerySelector($"a[href='/opportunities/{id}']"));
        Assert.Equal(Count(before) + 1, Count(after));
    }

    private static IElement Entry(IDocument list, int id) =>
        list.QuerySelector($"a[href='/opportunities/{id}']")?.Closest("li") ?? throw new Xunit.Sdk.XunitException($"Opportunity {id} is not on the list");

    private static string Value(IElement entry, string key) =>
        entry.QuerySelectorAll(".govuk-summary-list__row").Single(r => r.QuerySelector("dt")!.TextContent.Trim() == key)
            .QuerySelector("dd")!.TextContent.Trim();

    private static int Count(IDocument list) =>
        int.Parse(list.QuerySelector("[role=status] strong")!.TextContent, System.Globalization.CultureInfo.InvariantCulture);
}
