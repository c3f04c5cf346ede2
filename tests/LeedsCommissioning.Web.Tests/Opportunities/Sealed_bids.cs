using System.Net;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Opportunities;

public sealed class Sealed_bids(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string SecretAnswer = "Our sealed answer about Harehills drop-ins zebra-quartz";

    [Fact]
    public async Task staff_requests_for_bids_before_the_deadline_get_nothing()
    {
        var (id, lotId, _) = await Demo.FindAsync(factory, Demo.OpenTitle);
        var provider = await PortalClient.SignedInAsync(factory, "small.provider@example.org");
        var submitted = await Demo.SubmitBidAsync(provider, id, lotId, SecretAnswer);
        Assert.Equal($"/opportunities/{id}/lots/{lotId}/bid/confirmation", submitted.Headers.Location?.OriginalString);
        var bidId = await SubmittedBidIdAsync(id, lotId, "small.provider@example.org");

        // Those who may open bids are told there is nothing there, as if no bid existed (SealedBids.OpenedForStaff).
        foreach (var email in new[] { "procurement@example.org", "director@example.org", "commissioner@example.org", "ccg@example.org" })
        {
            var staff = await PortalClient.SignedInAsync(factory, email);
            var list = await staff.Http.GetAsync($"/procurement/opportunities/{id}/bids");
            var bid = await staff.Http.GetAsync($"/procurement/opportunities/{id}/bids/{bidId}");

            Assert.Equal(HttpStatusCode.NotFound, list.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, bid.StatusCode);
            Assert.DoesNotContain(SecretAnswer, await bid.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // An administrator may never open bids (policy OpenBids), before the deadline or after.
        var admin = await PortalClient.SignedInAsync(factory, "admin@example.org");
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.Http.GetAsync($"/procurement/opportunities/{id}/bids")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.Http.GetAsync($"/procurement/opportunities/{id}/bids/{bidId}")).StatusCode);
    }

    [Fact]
    public async Task bid_content_never_appears_in_a_staff_page_or_the_audit_trail_before_the_deadline()
    {
        var (id, lotId, _) = await Demo.FindAsync(factory, Demo.OpenTitle);
        var provider = await PortalClient.SignedInAsync(factory, "provider@example.org");
        var submitted = await Demo.SubmitBidAsync(provider, id, lotId, SecretAnswer + " two");
        Assert.Equal($"/opportunities/{id}/lots/{lotId}/bid/confirmation", submitted.Headers.Location?.OriginalString);
        var bidId = (await SubmittedBidIdAsync(id, lotId, "provider@example.org")).ToString(System.Globalization.CultureInfo.InvariantCulture);

        var staff = await PortalClient.SignedInAsync(factory, "procurement@example.org");
        foreach (var url in new[] { "/procurement", $"/procurement/opportunities/{id}", $"/procurement/opportunities/{id}/clarifications", $"/opportunities/{id}" })
        {
            var html = await (await staff.Http.GetAsync(url)).Content.ReadAsStringAsync();
            Assert.DoesNotContain(SecretAnswer, html, StringComparison.Ordinal);
            Assert.DoesNotContain("240,000", html, StringComparison.Ordinal);
        }

        var overview = await staff.GetDocumentAsync($"/procurement/opportunities/{id}");
        Assert.Contains("Bids are sealed until", overview.Body!.TextContent, StringComparison.Ordinal);
        var audited = await factory.WithDbAsync(db => db.AuditEntries.Select(a => new { a.EntityType, a.EntityKey, a.ParentType, a.ParentKey, a.Changes }).ToListAsync());
        // This bid's own entries: the bid itself was audited (added, then submitted), but never its content.
        var thisBid = audited.Where(a => (a.EntityType == "Bid" && a.EntityKey == bidId) || (a.ParentType == "Bid" && a.ParentKey == bidId)).ToList();
        Assert.Contains(thisBid, a => a.EntityType == "Bid" && a.EntityKey == bidId);
        Assert.DoesNotContain(thisBid, a => a.Changes.Contains("240000", StringComparison.Ordinal));
        Assert.DoesNotContain(audited, a => a.Changes.Contains("zebra-quartz", StringComparison.Ordinal));
        Assert.DoesNotContain(audited, a => a.EntityType is "BidPrice" or "BidAnswer" or "BidCommitment");
    }

    private Task<int> SubmittedBidIdAsync(int id, int lotId, string email) =>
        factory.WithDbAsync(async db =>
        {
            var providerId = await db.Users.Where(u => u.Email == email).Select(u => u.ProviderId).SingleAsync();
            return await db.Set<Domain.Opportunities.Bid>()
                .Where(b => b.OpportunityId == id && b.LotId == lotId && b.ProviderId == providerId && b.Status == Domain.Opportunities.BidStatus.Submitted)
                .Select(b => b.Id).SingleAsync();
        });

    [Fact]
    public async Task after_the_deadline_and_the_recorded_opening_staff_can_read_the_submitted_bids()
    {
        var (id, _, deadline) = await Demo.FindAsync(factory, Demo.ClosedTitle);
        var staff = await PortalClient.SignedInAsync(factory, "procurement@example.org");
        await Evaluation.Evaluations.OpenAsync(factory, id);

        var page = await staff.GetDocumentAsync($"/procurement/opportunities/{id}/bids");

        Assert.True(deadline < PortalFactory.Now.UtcDateTime);
        Assert.Contains("Community Links (Northern) Ltd", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Chapeltown Wellbeing Collective", page.Body.TextContent, StringComparison.Ordinal);
        var first = page.QuerySelector("a[href*='/bids/']")!.GetAttribute("href")!;
        var bid = await staff.GetDocumentAsync(first);
        Assert.Contains("Social value commitments", bid.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_provider_user_cannot_use_the_staff_bid_pages_at_all()
    {
        var (id, _, _) = await Demo.FindAsync(factory, Demo.ClosedTitle);
        var provider = await PortalClient.SignedInAsync(factory, "provider@example.org");

        var response = await provider.Http.GetAsync($"/procurement/opportunities/{id}/bids");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
