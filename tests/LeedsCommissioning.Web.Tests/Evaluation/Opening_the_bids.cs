using System.Net;
using LeedsCommissioning.Web.Tests.Infrastructure;
using LeedsCommissioning.Web.Tests.Opportunities;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Evaluation;

/// <summary>
/// The recorded opening (issue 13): after the deadline the bids stay sealed until a procurement officer records the
/// opening with a second person present; the register is shown to the decision maker and kept in the audit trail.
/// Uses the demo opportunity closed three days ago, whose bids nobody has opened.
/// </summary>
public sealed class Opening_the_bids(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task no_bid_content_is_readable_after_the_deadline_until_the_opening_records_the_second_person()
    {
        var (id, _, deadline) = await Demo.FindAsync(factory, Demo.ClosedTitle);
        var bidId = await factory.WithDbAsync(db => db.Set<Domain.Opportunities.Bid>().Where(b => b.OpportunityId == id).OrderBy(b => b.Id).Select(b => b.Id).FirstAsync());
        var officer = await PortalClient.SignedInAsync(factory, "procurement@example.org");
        var director = await PortalClient.SignedInAsync(factory, "director@example.org");
        Assert.True(deadline < PortalFactory.Now.UtcDateTime);

        // Past the deadline, not opened: the list leads to the opening page, a bid is not found, for everyone.
        var list = await officer.Http.GetAsync($"/procurement/opportunities/{id}/bids");
        Assert.Equal(HttpStatusCode.Redirect, list.StatusCode);
        Assert.Equal($"/procurement/opportunities/{id}/opening", list.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.Http.GetAsync($"/procurement/opportunities/{id}/bids/{bidId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await director.Http.GetAsync($"/procurement/opportunities/{id}/bids/{bidId}")).StatusCode);
        var waiting = await director.GetDocumentAsync($"/procurement/opportunities/{id}/opening");
        Assert.Contains("They stay sealed until a procurement officer records their opening", waiting.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Our lunch clubs in Harehills", waiting.Body.TextContent, StringComparison.Ordinal);
        Assert.Null(waiting.QuerySelector("a[href$='/opening/record']"));

        // The officer's confirmation page asks who else is present; without one, or naming themselves, nothing is opened.
        var url = $"/procurement/opportunities/{id}/opening/record";
        var none = await PortalClient.ParseAsync(await officer.PostFormAsync(url, url, []));
        var officerId = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == "procurement@example.org").Select(u => u.Id).SingleAsync());
        var self = await PortalClient.ParseAsync(await officer.PostFormAsync(url, url, new() { ["WitnessUserId"] = officerId }));
        Assert.Equal(["Select the second person present at the opening"], none.ErrorSummary());
        Assert.Equal("Select the second person present at the opening", none.FieldError("WitnessUserId"));
        Assert.Equal(["The second person present must be someone other than you"], self.ErrorSummary());
        Assert.False(await factory.WithDbAsync(db => db.BidOpenings.AnyAsync(o => o.OpportunityId == id)));

        // With the director present.
        var directorId = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == "director@example.org").Select(u => u.Id).SingleAsync());
        var opened = await officer.PostFormAsync(url, url, new() { ["WitnessUserId"] = directorId });
        Assert.Equal($"/procurement/opportunities/{id}/opening", opened.Headers.Location?.OriginalString);

        var opening = await factory.WithDbAsync(db => db.BidOpenings.Include(o => o.Entries).SingleAsync(o => o.OpportunityId == id));
        Assert.Equal(("Grace Okafor", "Helen Carter", PortalFactory.Now.UtcDateTime, deadline), (opening.OpenedByName, opening.WitnessName, opening.OpenedAtUtc, opening.BidDeadlineUtc));
        Assert.Equal(["Community Links (Northern) Ltd", "Chapeltown Wellbeing Collective"], opening.Entries.OrderBy(e => e.SubmittedAtUtc).Select(e => e.ProviderName));
        Assert.All(opening.Entries, e => Assert.True(e.SubmittedAtUtc <= deadline));

        // The register, as the decision maker sees it; the bids can now be read.
        var register = await director.GetDocumentAsync($"/procurement/opportunities/{id}/opening");
        var text = register.Body!.TextContent;
        Assert.Contains("Second person present", text, StringComparison.Ordinal);
        Assert.Contains("Helen Carter", text, StringComparison.Ordinal);
        Assert.Contains("Lot 1: Inner east (2 bids)", text, StringComparison.Ordinal);
        Assert.Contains("Lot 2: Outer north east (0 bids)", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await director.Http.GetAsync($"/procurement/opportunities/{id}/bids/{bidId}")).StatusCode);

        // Kept in the audit trail, with the second person.
        var audited = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == "BidOpening" && a.EntityKey == opening.Id.ToString()).Select(a => a.Changes).ToListAsync());
        Assert.Contains(audited, c => c.Contains("Helen Carter", StringComparison.Ordinal));

        // Once only: a second opening is not recorded.
        Assert.Equal($"/procurement/opportunities/{id}/opening", (await officer.Http.GetAsync(url)).Headers.Location?.OriginalString);
        var again = await officer.PostAsync(url, [new("WitnessUserId", directorId), new("__RequestVerificationToken", (await officer.GetDocumentAsync("/")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!)]);
        Assert.Equal($"/procurement/opportunities/{id}/opening", again.Headers.Location?.OriginalString);
        Assert.Equal(1, await factory.WithDbAsync(db => db.BidOpenings.CountAsync(o => o.OpportunityId == id)));
    }
}
