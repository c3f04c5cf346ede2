using System.Net;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Opportunities;

/// <summary>The one-press actions: removing a lot or a question from a draft, and starting evaluation once bids close.</summary>
public sealed class Buttons_on_an_opportunity(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task removing_a_lot_renumbers_the_rest_and_says_so()
    {
        var (id, firstLot, _) = await Demo.FindAsync(factory, Demo.DraftTitle);
        var officer = await PortalClient.SignedInAsync(factory, "procurement@example.org");
        var lotsUrl = $"/procurement/opportunities/{id}/lots";

        var removed = await officer.PostFormAsync(lotsUrl, $"{lotsUrl}/{firstLot}/delete", []);

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal("Lot removed", (await officer.GetDocumentAsync(lotsUrl)).SuccessBanner());
        var lots = await factory.WithDbAsync(db => db.Opportunities.Where(o => o.Id == id).SelectMany(o => o.Lots).Select(l => new { l.Number, l.Title }).ToListAsync());
        var left = Assert.Single(lots);
        Assert.Equal((1, "Short breaks for young carers"), (left.Number, left.Title));
    }

    [Fact]
    public async Task a_lot_of_a_published_opportunity_cannot_be_removed()
    {
        var (id, lotId, _) = await Demo.FindAsync(factory, Demo.OpenTitle);
        var officer = await PortalClient.SignedInAsync(factory, "procurement@example.org");
        var lotsUrl = $"/procurement/opportunities/{id}/lots";

        await officer.PostFormAsync(lotsUrl, $"{lotsUrl}/{lotId}/delete", []);

        Assert.Equal("This opportunity has been published. Publish a clarification instead", (await officer.GetDocumentAsync(lotsUrl)).PageError());
        Assert.True(await factory.WithDbAsync(db => db.Opportunities.Where(o => o.Id == id).SelectMany(o => o.Lots).AnyAsync(l => l.Id == lotId)));
    }

    [Fact]
    public async Task evaluation_starts_only_after_the_deadline_and_only_from_its_confirmation_page()
    {
        var (openId, _, _) = await Demo.FindAsync(factory, Demo.OpenTitle);
        var (closedId, _, _) = await Demo.FindAsync(factory, Demo.ClosedTitle);
        var director = await PortalClient.SignedInAsync(factory, "director@example.org");

        var early = await director.PostFormAsync($"/procurement/opportunities/{openId}/start-evaluation", $"/procurement/opportunities/{openId}/start-evaluation", []);
        Assert.Equal(HttpStatusCode.OK, early.StatusCode);
        Assert.Equal(["Evaluation can start only after the bid deadline"], (await PortalClient.ParseAsync(early)).ErrorSummary());

        // The button on the overview is a link to the confirmation page, which changes nothing.
        var overview = $"/procurement/opportunities/{closedId}";
        Assert.Null((await director.GetDocumentAsync(overview)).QuerySelector($"form[action='{overview}/start-evaluation']"));
        var confirm = await director.GetDocumentAsync($"{overview}/start-evaluation");
        Assert.Equal("Are you sure you want to start the evaluation of this opportunity?", confirm.Heading());
        Assert.Equal(OpportunityStatus.Published, await factory.WithDbAsync(db => db.Opportunities.Where(o => o.Id == closedId).Select(o => o.Status).SingleAsync()));

        await director.PostFormAsync($"{overview}/start-evaluation", $"{overview}/start-evaluation", []);
        Assert.Equal("Evaluation started", (await director.GetDocumentAsync(overview)).SuccessBanner());
        Assert.Equal(OpportunityStatus.InEvaluation, await factory.WithDbAsync(db => db.Opportunities.Where(o => o.Id == closedId).Select(o => o.Status).SingleAsync()));
    }
}
